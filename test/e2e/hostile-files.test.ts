/**
 * Hostile files and out-of-range bands as the people meet them, in the real H5 build in Chromium: a filler
 * attaching a zip bomb and a damaged Word file sees each refused on its chip, naming the file and the limit,
 * with nothing kept (no file on disk, nothing in the form); the admin importing a list that is a zip bomb is
 * told so with nothing imported; the admin typing a band above the form's maximum is told before anything is sent. Photographed at 375 px, the admin's page at 1280 px too.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { evidenceFolder } from '../../src/shared'
import { contentTypesBomb, officeWith, zerosDeflated } from '../fixtures/hostile-files'
import { button, mustCall, shown, waitForText } from './support/app'
import { launchChromium, signedInPage } from './support/browser'
import { startE2eEmulator, type E2eEmulator } from './support/emulator'
import { itemPage } from './support/item-page'
import { screenshots } from './support/shots'

const YEAR = 2022
const ITEM = 'B1.2'
let emulator: E2eEmulator
let browser: Browser
const contexts: BrowserContext[] = []
let shot: ReturnType<typeof screenshots>
const pageErrors: string[] = []

const signedIn = (openid: string, width = 375): Promise<Page> =>
  signedInPage(browser, emulator.url, openid, { contexts, pageErrors }, { width, timeout: 20_000 })

beforeAll(async () => {
  shot = screenshots('hostile-files')
  emulator = await startE2eEmulator()
  browser = await launchChromium()
})

afterAll(async () => {
  for (const context of contexts) await context.close()
  await browser?.close()
  await emulator?.stop()
})

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

test('a filler attaching a zip bomb and a damaged Word file sees each refused on its chip, and nothing is kept', async () => {
  const page = await signedIn('dev-filler-1')
  const societyId = (await mustCall(page.request, 'account.whoami', {})).society.id as string
  await page.goto(`/#/pages/item/index?id=${ITEM}&year=${YEAR}`)
  const view = await itemPage(page, ITEM)
  const attach = async (name: string, mimeType: string, buffer: Buffer) => {
    const chooser = page.waitForEvent('filechooser')
    await view.getByLabel('添加文件').tap()
    await (await chooser).setFiles({ name, mimeType, buffer })
  }
  await attach('2022年度财务报表（含附表及审计意见）.xlsx', XLSX, contentTypesBomb())
  const bomb = view.locator('.evidence-doc').filter({ hasText: '2022年度财务报表' })
  await waitForText(
    bomb.locator('.evidence-doc__detail'),
    '“2022年度财务报表（含附表及审计意见）.xlsx”中的“[Content_Types].xml”解压后超过 50 MB，可能是压缩炸弹，未保存',
    60_000,
  )
  const lying = officeWith({ name: 'word/document.xml', data: zerosDeflated(1), declaredSize: 100 })
  await attach('工作总结.docx', DOCX, lying)
  const damaged = view.locator('.evidence-doc').filter({ hasText: '工作总结.docx' })
  await waitForText(damaged.locator('.evidence-doc__detail'), /^无法读取“工作总结\.docx”：文件已损坏/, 60_000)
  expect(await view.getByText('重试').count()).toBe(0)
  await shot(page, 'filler-document-refusals')

  const folder = join(emulator.dataDir, 'files', evidenceFolder(societyId, YEAR, ITEM))
  expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([])
  expect((await mustCall(page.request, 'submission.get', { year: YEAR })).evidence).not.toHaveProperty(ITEM)

  await view.getByLabel('放弃文件 工作总结.docx').tap()
  await damaged.waitFor({ state: 'detached' })
  expect(pageErrors).toEqual([])
})

test.each([375, 1280])('the admin importing a list whose sheet inflates to 256 MiB is told so, and nothing is imported (%i px)', async (width) => {
  const admin = await signedIn('dev-admin', width)
  const before = (await mustCall(admin.request, 'admin.listSocieties', {})).societies.length
  await admin.goto('/#/admin/pages/import/index')
  const view = shown(admin)
  await view.locator('.import').first().waitFor()
  const chooser = admin.waitForEvent('filechooser')
  await button(view, '选择文件').tap()
  const bomb = officeWith({ name: 'xl/worksheets/sheet1.xml', data: zerosDeflated(256), declaredSize: 4096 })
  await (await chooser).setFiles({ name: '2023学会名单.xlsx', mimeType: XLSX, buffer: bomb })
  await waitForText(
    view.locator('.import__error'),
    '“2023学会名单.xlsx”中的“xl/worksheets/sheet1.xml”解压后超过 10 MB，可能是压缩炸弹，未导入',
    60_000,
  )
  await shot(admin, `admin-import-bomb-${width}`)
  expect((await mustCall(admin.request, 'admin.listSocieties', {})).societies.length).toBe(before)
  const imports = join(emulator.dataDir, 'files', 'imports')
  expect(existsSync(imports) ? readdirSync(imports) : []).toEqual([])
  expect(pageErrors).toEqual([])
})

test.each([375, 1280])('the admin typing a band above the form’s maximum is told before anything is sent (%i px)', async (width) => {
  const admin = await signedIn('dev-admin', width)
  await admin.goto('/#/admin/pages/years/index')
  const years = shown(admin)
  await waitForText(years.locator('.years__title'), '当前年度：2022年度')
  await years.getByLabel('第1档分数线', { exact: true }).locator('input').fill('500')
  await waitForText(years.locator('.years__error').first(), '等级划分：“优秀”的分数线500超过了满分110分')
  await shot(admin, `admin-band-above-maximum-${width}`)
  const stored = await mustCall(admin.request, 'review.years', {})
  expect(stored.years[0].gradeBands[0]).toEqual({ label: '优秀', min: 90 })
  expect(pageErrors).toEqual([])
})
