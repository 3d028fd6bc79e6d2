import { execFileSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { exportForm, loadSocietyForm } from '../../cloudfunctions/core/reports'
import { openSqliteStore } from '../../emulator/store/sqlite-store'
import { FIXTURE_YEAR, seedYear } from './year-fixture'

/** LibreOffice and poppler come from Debian; where they are missing this print check cannot run. */
const hasTools = ['/usr/bin/soffice', '/usr/bin/pdfinfo', '/usr/bin/pdftotext'].every(existsSync)
const describePrint = hasTools ? describe : describe.skip

describePrint('the filled form printed by LibreOffice', () => {
  let folder: string
  let pdf: string

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'form-print-'))
    const store = openSqliteStore(join(folder, 'emulator.sqlite'))
    await seedYear(store, 1)
    const form = await loadSocietyForm(store, FIXTURE_YEAR, 'soc-0000')
    store.close()
    const xlsx = join(folder, 'form.xlsx')
    const out = createWriteStream(xlsx)
    await exportForm(form, out)
    await finished(out)
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${folder}/lo`, '--convert-to', 'pdf', '--outdir', folder, xlsx], {
      timeout: 120_000,
      stdio: 'ignore',
    })
    pdf = join(folder, 'form.pdf')
  }, 180_000)

  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('comes out on a few A4 portrait pages, all columns on each page', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(4)
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)/)
    const lastPage = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), '-layout', pdf, '-'], { encoding: 'utf8' })
    // The headings repeat on the last page, with every column (自评, 审核得分 and 备注 not pushed to other pages).
    expect(lastPage).toMatch(/评估指标/)
    for (const heading of ['分值', '评分标准', '自评', '备注', '合计', '填报单位（盖章）']) expect(lastPage).toContain(heading)
  })

  it('starts with the form’s own heading lines', () => {
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })
    for (const line of ['附件3', '自治区学会（协会、研究会）2022年度', '工作绩效评价自评表', '填报人：', '手机号：', '学会换届情况', '未按时换届扣2分']) {
      expect(first).toContain(line)
    }
  })
})
