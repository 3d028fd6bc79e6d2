import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import type ExcelJS from 'exceljs'
import { DEFAULT_GRADE_BANDS, finalScoresOf, gradeFor, rubricItems, scoreReview, type SubmissionStatus } from '../../src/shared'
import { exportResults } from '../../cloudfunctions/core/reports'
import { openSqliteStore, type SqliteStore } from '../../emulator/store/sqlite-store'
import { openWorkbook, text } from './open-workbook'
import { FIXTURE_YEAR, seedYear, type FixtureSociety } from './year-fixture'
import { getRubric } from '../../src/shared'

const rubric = getRubric(FIXTURE_YEAR)
const items = rubricItems(rubric)
const SOCIETIES = 300
const HEADER_ROW = 3

let folder: string
let store: SqliteStore
let fixture: FixtureSociety[]
let workbook: ExcelJS.Workbook
let figures: Awaited<ReturnType<typeof exportResults>>

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'results-'))
  store = openSqliteStore(join(folder, 'emulator.sqlite'))
  fixture = await seedYear(store, SOCIETIES, 7)
  const file = join(folder, 'results.xlsx')
  const out = createWriteStream(file)
  figures = await exportResults(store, FIXTURE_YEAR, out)
  await finished(out)
  workbook = await openWorkbook(file)
}, 180_000)

afterAll(() => {
  store.close()
  rmSync(folder, { recursive: true, force: true })
})

/** What the shared engine says of every society: its final total once reviewed, the grade, the rank. */
async function expected() {
  const finals = new Map<string, number>()
  for (const s of fixture) {
    const record = await store.findSubmission(s.id, FIXTURE_YEAR)
    if (record?.status === 'reviewed') finals.set(s.id, scoreReview(rubric, record.answers, finalScoresOf(record.review)).total)
  }
  const all = [...finals.values()]
  return new Map(
    [...finals].map(([id, total]) => [id, { total, grade: gradeFor(total, DEFAULT_GRADE_BANDS), rank: 1 + all.filter((t) => t > total).length }]),
  )
}

function summaryRows(): Array<Record<string, unknown>> {
  const sheet = workbook.getWorksheet('汇总') as ExcelJS.Worksheet
  const header = (sheet.getRow(HEADER_ROW).values as unknown[]).slice(1).map(String)
  const rows: Array<Record<string, unknown>> = []
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1)
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])))
  }
  return rows
}

describe(`the year's results workbook, ${SOCIETIES} societies in a real SQLite store`, () => {
  it('has the summary, the item matrix, then one form per society that has a submission', () => {
    const submitted = fixture.filter((s) => s.status !== 'none')
    expect(figures).toEqual({ societies: SOCIETIES, submissions: submitted.length })
    expect(workbook.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['汇总', '逐项得分'])
    expect(workbook.worksheets).toHaveLength(2 + submitted.length)
    expect(new Set(workbook.worksheets.map((w) => w.name)).size).toBe(workbook.worksheets.length)
  })

  it('ranks and grades the reviewed exactly as the shared engine scores them, ties sharing a rank', async () => {
    const want = await expected()
    const rows = summaryRows()
    const nameToId = new Map(fixture.map((s) => [s.name, s.id]))
    const reviewed = rows.filter((r) => r['状态'] === '已审核')
    expect(reviewed).toHaveLength(want.size)
    for (const row of reviewed) {
      const engine = want.get(nameToId.get(String(row['学会名称'])) ?? '')
      expect({ total: row['审核得分'], grade: row['等级'], rank: row['排名'] }).toEqual(engine)
    }
    const ranks = reviewed.map((r) => r['排名'] as number)
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(new Set(ranks).size).toBeLessThan(ranks.length) // the data has ties, so sharing is checked
  })

  it('lists every society once with its status, 未开始 included, and no grade or rank before review', () => {
    const rows = summaryRows()
    expect(rows).toHaveLength(SOCIETIES)
    const label: Record<SubmissionStatus | 'none', string> = { draft: '填写中', submitted: '已提交', returned: '退回修改', reviewed: '已审核', none: '未开始' }
    const byName = new Map(rows.map((r) => [String(r['学会名称']), r]))
    for (const s of fixture) expect(byName.get(s.name)?.['状态']).toBe(label[s.status])
    for (const r of rows.filter((row) => row['状态'] !== '已审核')) expect([r['排名'], r['等级'], r['审核得分']]).toEqual([null, null, null])
  })

  it('keeps a society name that looks like a formula as text', () => {
    const sheet = workbook.getWorksheet('汇总') as ExcelJS.Worksheet
    let found: ExcelJS.Cell | null = null
    sheet.eachRow((row) => row.eachCell((cell) => {
      if (String(cell.value).startsWith('=HYPERLINK')) found = cell
    }))
    expect(found).not.toBeNull()
    expect((found as unknown as ExcelJS.Cell).type).toBe(3) // ValueType.String
    expect((found as unknown as ExcelJS.Cell).numFmt).toBe('@')
  })

  it('has every item’s counting score per society in the matrix, with the maxima', async () => {
    const sheet = workbook.getWorksheet('逐项得分') as ExcelJS.Worksheet
    expect((sheet.getRow(2).values as unknown[]).slice(3, 3 + items.length)).toEqual(items.map((i) => i.id))
    expect((sheet.getRow(3).values as unknown[]).slice(3, 3 + items.length)).toEqual(items.map((i) => i.max))
    const record = await store.findSubmission(fixture[0]!.id, FIXTURE_YEAR)
    const final = scoreReview(rubric, record!.answers, finalScoresOf(record!.review))
    let row = 4
    while (text(sheet, `A${row}`) !== fixture[0]!.name) row++
    expect((sheet.getRow(row).values as unknown[]).slice(3, 4 + items.length)).toEqual([...items.map((i) => final.items[i.id]), final.total])
  })

  it('counts each item’s evidence on the society’s own sheet', async () => {
    const society = fixture[0]!
    const record = await store.findSubmission(society.id, FIXTURE_YEAR)
    const sheet = workbook.getWorksheet(society.name) as ExcelJS.Worksheet
    expect(text(sheet, 'J6')).toBe('证明材料（份）')
    items.forEach((item, i) => expect(sheet.getCell(`J${8 + i}`).value).toBe(record!.evidence[item.id]?.length ?? 0))
  })
})
