/**
 * The WeChat-only paths of the compiled mini-program, driven by taps on rendered nodes with a `wx` that records
 * every call (support/wx.ts), against the emulator: the cloud transport and its offline fallback, a photo and a
 * document through chooseMedia / chooseMessageFile → upload → register, copying an invitation code, the binding
 * cards, and opening reports and the code sheet in WeChat's viewer. (Subscribe consent: subscribe-consent.test.ts.)
 */
import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { encodeJpeg, syntheticScene } from '../../bench/evidence/synthetic-photos'
import { functionOf } from '../../src/shared/contract/function-of'
import { pdfFile } from '../fixtures/evidence-files'
import { mustCall } from './support/emulator-client'
import { admin, newFiller, newOpenid, person, reviewer, YEAR, type Person } from './support/people'
import { openMiniProgram, type RenderedPage } from './support/simulator'
import { callsSince, until } from './support/wait'

const phone = openMiniProgram()
const wx = phone.wx
const item = { id: 'B2.1', year: String(YEAR) }

interface Answers {
  answers: Record<string, unknown>
  evidence: Record<string, string[]>
  status: string
  version: number
}
const stored = (who: Person) => mustCall<Answers>(who.cookie, 'submission.get', { year: YEAR })
const societyIdOf = async (who: Person) => (await mustCall<{ society: { id: string } }>(who.cookie, 'account.whoami', {})).society.id

const { since, actionsSince, callOf, inputOf } = callsSince(wx)

afterEach(() => {
  wx.setOnline(true)
  for (const key of Object.keys(wx.answers)) delete wx.answers[key]
})

describe('the filler on an item page', () => {
  let filler: Person & { societyName: string }
  let page: RenderedPage
  beforeAll(async () => {
    filler = await newFiller('paths')
    wx.cookie = filler.cookie
    page = await phone.open('filler/item/index', item)
    await page.waitForText('完成年检并合格')
  })
  afterAll(() => page.close())

  it('saves an answer through cloud.callFunction with the action envelope, as the server then holds it', async () => {
    const mark = wx.calls.length
    await page.tap('完成年检并合格')
    await until('the save', () => actionsSince(mark).includes('submission.saveAnswers'), page)
    await page.idle()
    const save = callOf(mark, 'submission.saveAnswers')
    expect(save.args.name).toBe(functionOf('submission.saveAnswers'))
    expect(Object.keys(save.args.data as object).sort()).toEqual(['action', 'input'])
    expect(inputOf(save)).toMatchObject({ year: YEAR, patch: { 'B2.1': expect.anything() } })
    expect((save.result as { result: { ok: boolean } }).result.ok).toBe(true)
    expect((await stored(filler)).answers['B2.1']).toEqual((inputOf(save).patch as Record<string, unknown>)['B2.1'])
    await page.waitForText('已保存')
    await page.waitForText('5 / 5分')
  })

  it('saves a remark typed into the textarea whole, emoji included, and refuses 501 characters without cutting', async () => {
    const remark = '年检结论已上传，见证明材料🙂'
    await page.type(0, remark)
    await until('the remark on the server', async () => (await stored(filler)).answers['B2.1'] !== undefined && JSON.stringify((await stored(filler)).answers['B2.1']).includes(remark), page)
    await page.waitForText('已保存')
    await page.type(0, '材'.repeat(501))
    await page.waitForText('备注不能超过500字（现有501字）')
    await page.idle()
    expect(JSON.stringify((await stored(filler)).answers['B2.1'])).toContain(remark)
    await page.type(0, remark)
    await until('the remark kept', async () => JSON.stringify((await stored(filler)).answers['B2.1']).includes(remark), page)
  })

  it('keeps an answer made offline on the phone, says so, and saves it when the network is back', async () => {
    const before = (await stored(filler)).answers['B2.1']
    wx.setOnline(false)
    const mark = wx.calls.length
    await page.tap('基本合格')
    await until('the failed save', () => since(mark, 'cloud.callFunction').some((call) => call.error !== undefined) && wx.pending === 0, page)
    await page.waitForText('离线，已存本机')
    await page.waitForText('3 / 5分')
    const kept = [...wx.storage.values()].map((value) => JSON.stringify(value)).filter((value) => value.includes('basic'))
    expect(kept.length).toBeGreaterThan(0)
    expect((await stored(filler)).answers['B2.1']).toEqual(before)

    wx.setOnline(true)
    await until('the saved answer on the server', async () => JSON.stringify((await stored(filler)).answers['B2.1']).includes('basic'), page)
    await page.waitForText('已保存')
  })

  it('takes a photo: chooseMedia → compressImage to 1600 px (a copy kept until registered) → cloud.uploadFile to the item folder → submission.addPhoto', async () => {
    const camera = wx.tempFile('camera.jpg', Buffer.from(encodeJpeg(syntheticScene(7, 2400, 1800), 92)))
    wx.answers.chooseMedia = () => ({ type: 'image', tempFiles: [{ tempFilePath: camera, size: readFileSync(camera).length, fileType: 'image' }] })
    const mark = wx.calls.length
    await page.tap('拍照或相册')
    await until('the photo registered', () => actionsSince(mark).includes('submission.addPhoto') && wx.pending === 0, page)
    await page.idle()

    const apis = since(mark).map((call) => call.api).filter((api) => api !== 'cloud.callFunction' && !api.startsWith('show') && api !== 'hideLoading')
    // The copy kept on the phone in case WeChat drops the app mid-upload (kept-uploads.ts), gone once registered.
    expect(apis).toEqual(['chooseMedia', 'getImageInfo', 'compressImage', 'fs.copyFileSync', 'cloud.uploadFile', 'fs.unlinkSync'])
    expect(since(mark, 'fs.unlinkSync')[0]!.args.path).toBe(since(mark, 'fs.copyFileSync')[0]!.args.to)
    expect(since(mark, 'chooseMedia')[0]!.args).toMatchObject({ mediaType: ['image'], sourceType: ['camera', 'album'] })
    const compress = since(mark, 'compressImage')[0]!
    expect(compress.args).toMatchObject({ src: camera, compressedWidth: 1600 })
    const compressed = (compress.result as { tempFilePath: string }).tempFilePath
    expect(jpegWidth(compressed)).toBe(1600)

    const upload = since(mark, 'cloud.uploadFile')[0]!
    expect(upload.args.filePath).toBe(compressed)
    expect(String(upload.args.cloudPath)).toMatch(new RegExp(`^evidence/${await societyIdOf(filler)}/${YEAR}/B2\\.1/[^/]+\\.jpg$`))
    const fileId = (upload.result as { fileID: string }).fileID
    const register = callOf(mark, 'submission.addPhoto')
    expect(inputOf(register)).toMatchObject({ year: YEAR, itemId: 'B2.1', fileId })
    expect((await stored(filler)).evidence['B2.1']).toContain(fileId)
    await page.waitForText('证明材料1/9')
    // The photo is queued for reading (this emulator has no reader): its line renders in the compiled page.
    await page.waitForText('正在识别照片上的文字和日期…')
  })

  it('adds a document from a chat: chooseMessageFile → cloud.uploadFile as it is → submission.addPhoto with its name', async () => {
    const chosen = wx.tempFile('wxfile-document.pdf', pdfFile())
    wx.answers.chooseMessageFile = () => ({ tempFiles: [{ path: chosen, name: '2022年检结论.pdf', size: pdfFile().length, type: 'file', time: 0 }] })
    const mark = wx.calls.length
    await page.tap('添加文件', '证明材料')
    await until('the document registered', () => actionsSince(mark).includes('submission.addPhoto') && wx.pending === 0, page)
    await page.idle()

    expect(since(mark, 'chooseMessageFile')[0]!.args).toMatchObject({ type: 'file', extension: expect.arrayContaining(['pdf', 'docx', 'xlsx']) })
    expect(since(mark, 'compressImage')).toEqual([])
    const upload = since(mark, 'cloud.uploadFile')[0]!
    expect(upload.args.filePath).toBe(chosen)
    expect(String(upload.args.cloudPath)).toMatch(/^evidence\/[^/]+\/2022\/B2\.1\/[^/]+\.pdf$/)
    const register = callOf(mark, 'submission.addPhoto')
    expect(inputOf(register)).toMatchObject({ itemId: 'B2.1', fileId: (upload.result as { fileID: string }).fileID, name: '2022年检结论.pdf' })
    await page.waitForText('2022年检结论.pdf')
    expect((await stored(filler)).evidence['B2.1']).toContain((upload.result as { fileID: string }).fileID)
    expect(page.problems).toEqual([])
  })
})

/** The width in a JPEG's SOF0/SOF2 header. */
function jpegWidth(path: string): number {
  const bytes = readFileSync(path)
  for (let at = 2; at < bytes.length; ) {
    const marker = bytes[at + 1]!
    if (marker === 0xc0 || marker === 0xc2) return bytes.readUInt16BE(at + 7)
    at += 2 + bytes.readUInt16BE(at + 2)
  }
  throw new Error(`${path} has no frame header`)
}

describe('the admin', () => {
  let boss: Person
  beforeAll(async () => {
    boss = await admin()
  })

  it('copies a new invitation code with setClipboardData, the code shown', async () => {
    wx.cookie = boss.cookie
    const page = await phone.open('admin/pages/people/index')
    await page.tap('生成邀请码')
    await page.waitForText('复制邀请码')
    const shown = page.all('[class*="people__made-code"]')[0]?.textContent?.trim() ?? ''
    expect(shown).toMatch(/^[A-Za-z0-9]{6,}$/)
    const mark = wx.calls.length
    await page.tap('复制邀请码')
    expect(since(mark, 'setClipboardData').map((call) => call.args.data)).toEqual([shown])
    expect(since(mark, 'setClipboardData')[0]!.inTap).toBe(true)
    page.close()
  })

  it('reissues a code and gets binding cards with a QR picture each, and a code sheet opened in WeChat', async () => {
    const { societyName } = await newFiller('cards')
    wx.cookie = boss.cookie
    const societies = await phone.open('admin/pages/societies/index')
    await societies.waitForText(societyName)
    const mark = wx.calls.length
    await societies.tap('重发绑定码', societyName)
    await until('the reissue', () => actionsSince(mark).includes('admin.reissueCodes') && wx.pending === 0, societies)
    expect(since(mark, 'showModal')[0]!.args.title).toBe('重发 1 个学会的绑定码？')
    expect(since(mark, 'navigateTo').map((call) => call.args.url)).toEqual(['/admin/pages/codes/index'])
    societies.close()

    const cards = await phone.open('admin/pages/codes/index')
    await cards.waitForText(societyName)
    await until('the QR pictures', () => !cards.text().includes('生成中'), cards)
    const drawn = callOf(mark, 'admin.codeCards')
    const card = (drawn.result as { result: { data: { cards: { bindingCode: string; qrPng: string }[] } } }).result.data.cards[0]!
    const png = PNG.sync.read(Buffer.from(card.qrPng, 'base64'))
    expect(png.width).toBeGreaterThan(100)
    expect(cards.text()).toContain(card.bindingCode)
    // The code on the card binds its society.
    const newcomer = await person(newOpenid('card'))
    await mustCall(newcomer.cookie, 'account.bind', { bindingCode: card.bindingCode, name: '赵新人', phone: '13700137000' })

    const sheetMark = wx.calls.length
    await cards.tap('下载绑定码表（Excel）')
    await until('the code sheet opened', () => since(sheetMark, 'openDocument').length > 0, cards)
    const written = since(sheetMark, 'fs.writeFile')[0]!
    expect(Buffer.from(String(written.args.data), 'base64').subarray(0, 2).toString()).toBe('PK')
    expect(since(sheetMark, 'openDocument')[0]!.args).toMatchObject({ filePath: written.args.filePath, fileType: 'xlsx', showMenu: true })
    expect(cards.problems).toEqual([])
    cards.close()
  })
})

describe('the reviewer', () => {
  it('opens the year results: report.results → downloadFile of its URL → openDocument of the workbook', async () => {
    wx.cookie = (await reviewer()).cookie
    const page = await phone.open('reviewer/pages/list/index')
    await page.waitForText(`导出${YEAR}年度结果（Excel）`)
    const mark = wx.calls.length
    await page.tap(`导出${YEAR}年度结果（Excel）`)
    await until('the report opened', () => since(mark, 'openDocument').length > 0 && wx.pending === 0, page)
    await page.waitForText('已生成')
    const made = callOf(mark, 'report.results')
    const file = (made.result as { result: { data: { url: string } } }).result.data
    const download = since(mark, 'downloadFile')[0]!
    expect(download.args.url).toBe(file.url)
    const downloaded = download.result as { statusCode: number; tempFilePath: string }
    expect(downloaded.statusCode).toBe(200)
    expect(readFileSync(downloaded.tempFilePath).subarray(0, 2).toString()).toBe('PK')
    expect(since(mark, 'openDocument')[0]!.args).toMatchObject({ filePath: downloaded.tempFilePath, fileType: 'xlsx', showMenu: true })
    page.close()
  })
})
