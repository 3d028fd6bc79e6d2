import { execFileSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getRubric, rubricItems } from '../../src/shared'
import { exportFormPdf, loadEvidenceFiles, loadSocietyForm, type PdfFigures } from '../../cloudfunctions/core/reports'
import { openSqliteStore } from '../../emulator/store/sqlite-store'
import { jpegPhoto } from '../fixtures/evidence-files'
import { FIXTURE_YEAR, seedYear } from './year-fixture'

/** poppler (Debian's poppler-utils) reads the PDF back as a reader would; where it is missing this check cannot run. */
const hasPoppler = ['/usr/bin/pdfinfo', '/usr/bin/pdftotext', '/usr/bin/pdffonts'].every(existsSync)
const describePdf = hasPoppler ? describe : describe.skip
const items = rubricItems(getRubric(FIXTURE_YEAR))

describePdf('one society’s whole file as a PDF', () => {
  let folder: string
  let pdf: string
  let figures: PdfFigures
  let evidence: Awaited<ReturnType<typeof loadEvidenceFiles>>
  let pages: string[]
  const gone = new Set<string>()
  const isPhotoPage = (page: string) => /照片 \d+\/\d+：/.test(page)
  const text = (first?: number, last = first) =>
    execFileSync('pdftotext', [...(first ? ['-f', String(first), '-l', String(last)] : []), '-layout', pdf, '-'], { encoding: 'utf8' })

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'form-pdf-'))
    const store = openSqliteStore(join(folder, 'emulator.sqlite'))
    await seedYear(store, 1)
    const form = await loadSocietyForm(store, FIXTURE_YEAR, 'soc-0000')
    evidence = await loadEvidenceFiles(store, FIXTURE_YEAR, 'soc-0000')
    store.close()
    gone.add(evidence[1]!.fileId)
    evidence[0] = { ...evidence[0]!, forRecheck: true }
    pdf = join(folder, 'form.pdf')
    const out = createWriteStream(pdf)
    figures = await exportFormPdf(form, evidence, async (id) => (gone.has(id) ? null : jpegPhoto(id.length)), out)
    pages = Array.from({ length: figures.pages }, (_, i) => text(i + 1))
  }, 120_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('has the form’s pages, then a page per photo, then the list of the evidence, each page numbered', () => {
    expect(evidence.length).toBeGreaterThan(5)
    expect(figures).toEqual({ pages: expect.any(Number), photos: evidence.length - 1, notEmbedded: 1 })
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(figures.pages)
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
    const formPages = pages.findIndex(isPhotoPage)
    expect(formPages).toBeGreaterThanOrEqual(2)
    expect(pages.filter(isPhotoPage)).toHaveLength(figures.photos)
    expect(pages.slice(formPages, formPages + figures.photos).every(isPhotoPage)).toBe(true)
    expect(pages[formPages + figures.photos]).toContain('证明材料清单')
    const formText = pages.slice(0, formPages).join('').replace(/\s+/g, '')
    for (const words of ['附件3', '自治区学会（协会、研究会）2022年度', '学会名称：', '填报内容', '审核得分', '合计', '审核结论：审核得分', '填报单位（盖章）：']) {
      expect(formText).toContain(words)
    }
    // The claims: a 是/否 answer and list entries, as the printed form has them.
    expect(formText).toMatch(/按时完成换届：[是否]/)
    expect(formText).toContain('1.第1项')
    pages.forEach((page, i) => expect(page).toContain(`第 ${i + 1} 页，共 ${figures.pages} 页`))
  })

  it('labels every photo page with its item and wording, and lists every file by item, the missing one said', () => {
    const formPages = pages.findIndex(isPhotoPage)
    const shown = evidence.filter((f) => !gone.has(f.fileId))
    shown.forEach((file, i) => {
      const page = pages[formPages + i]!
      const item = items.find((it) => it.id === file.itemId)!
      expect(page.replace(/\s+/g, '')).toContain(`${file.itemId}${item.indicator}`.replace(/\s+/g, ''))
    })
    const list = pages.slice(formPages + figures.photos).join('\n')
    expect(list).toContain('证明材料清单')
    expect(list).toContain('（文件缺失）')
    expect(list.match(/照片：/g)).toHaveLength(evidence.length)
  })

  it('marks the file added for a 复核 on its page and in the list, and no other', () => {
    const formPages = pages.findIndex(isPhotoPage)
    const first = evidence[0]!
    expect(pages[formPages]).toContain(`${first.name}（复核补充）`)
    expect(pages.slice(formPages + 1).join('').match(/复核补充/g)).toHaveLength(1)
    expect(pages.slice(formPages + figures.photos).join('')).toContain(`照片：${first.name}（复核补充）`)
  })

  it('embeds the Chinese font as a subset', () => {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
    expect(fonts.length).toBeGreaterThan(0)
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+NotoSansSC.*\byes\s+yes\b/)
    // A subset: the whole font is 10 MB.
    expect(statSync(pdf).size - figures.photos * jpegPhoto(1).length * 2).toBeLessThan(2_000_000)
  })
})
