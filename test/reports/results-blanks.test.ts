import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import type ExcelJS from 'exceljs'
import { getRubric, rubricItems, scoreAnswers, type Answers, type SubmissionStatus } from '../../src/shared'
import { exportResults } from '../../cloudfunctions/core/reports'
import { openSqliteStore, type SqliteStore } from '../../emulator/store/sqlite-store'
import { openWorkbook } from './open-workbook'

/** A draft with nothing answered is not a society that scored 0; the times are dates a spreadsheet can sort. */
const YEAR = 2022
const rubric = getRubric(YEAR)
const items = rubricItems(rubric)
const at = '2023-02-01T02:00:00.000Z'

let folder: string
let store: SqliteStore
let workbook: ExcelJS.Workbook

async function society(id: string, name: string, status: SubmissionStatus, answers: Answers, submittedAt: string | null) {
  await store.putSociety({ id, name, contact: '', bindingCodeHash: `hash-${id}`, createdAt: at })
  await store.insertSubmission({
    id: `sub-${id}`,
    societyId: id,
    year: YEAR,
    status,
    version: 1,
    answers,
    itemVersions: {},
    evidence: {},
    selfScore: scoreAnswers(rubric, answers),
    returnReasons: null,
    review: null,
    submittedAt,
    updatedAt: submittedAt ?? at,
    history: [],
    lastSavedBy: null,
  })
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'results-blanks-'))
  store = openSqliteStore(join(folder, 'emulator.sqlite'))
  await society('s-empty', '空白学会', 'draft', {}, null)
  await society('s-partial', '部分学会', 'draft', { 'B6.1': { score: 3 }, 'B1.2': { checks: { a: false } } }, null)
  const full = Object.fromEntries(items.map((i) => [i.id, i.rule.kind === 'judgement' ? { score: 0 } : i.rule.kind === 'count' ? { entries: [] } : i.rule.kind === 'tiers' ? { tier: i.rule.tiers.at(-1)!.id } : { checks: Object.fromEntries(i.rule.conditions.map((c) => [c.id, false])) }]))
  await society('s-zero', '零分学会', 'submitted', full as Answers, '2023-02-20T03:04:00.000Z')
  const file = join(folder, 'results.xlsx')
  const out = createWriteStream(file)
  await exportResults(store, YEAR, out)
  await finished(out)
  workbook = await openWorkbook(file)
})

afterAll(() => {
  store.close()
  rmSync(folder, { recursive: true, force: true })
})

function rowsOf(sheetName: string, headerRow: number): Map<string, Record<string, unknown>> {
  const sheet = workbook.getWorksheet(sheetName) as ExcelJS.Worksheet
  const header = (sheet.getRow(headerRow).values as unknown[]).slice(1).map(String)
  const rows = new Map<string, Record<string, unknown>>()
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1)
    const row = Object.fromEntries(header.map((h, i) => [h, values[i] ?? null]))
    rows.set(String(row['学会名称']), row)
  }
  return rows
}

test('a draft with nothing answered has blank totals and items, not 0; a real 0 stays 0', () => {
  const summary = rowsOf('汇总', 3)
  const groups = rubric.aGroups.map((a) => `${a.id} ${a.name}（${a.max}分）`)
  expect(summary.get('空白学会')?.['自评总分']).toBeNull()
  for (const g of groups) expect(summary.get('空白学会')?.[g]).toBeNull()
  expect(summary.get('零分学会')?.['自评总分']).toBe(0)
  const matrix = rowsOf('逐项得分', 2)
  const empty = matrix.get('空白学会')!
  for (const item of items) expect(empty[item.id]).toBeNull()
  expect(empty['合计']).toBeNull()
  const partial = matrix.get('部分学会')!
  expect(partial['B6.1']).toBe(3)
  expect(partial['B1.2']).toBeNull() // half answered is not answered
  expect(partial['B2.1']).toBeNull()
  expect(partial['合计']).toBe(3)
  expect(matrix.get('零分学会')?.['B6.1']).toBe(0)
})

test('submission and review times are dates in Beijing time, shown as yyyy-mm-dd hh:mm', () => {
  const sheet = workbook.getWorksheet('汇总') as ExcelJS.Worksheet
  const header = (sheet.getRow(3).values as unknown[]).map(String)
  let row = 4
  while (sheet.getCell(`B${row}`).value !== '零分学会') row++
  const cell = sheet.getRow(row).getCell(header.indexOf('提交时间'))
  expect(cell.value).toBeInstanceOf(Date)
  // Excel has no time zones: the cell holds the Beijing wall time, 03:04 UTC being 11:04 in Beijing.
  expect((cell.value as Date).toISOString()).toBe('2023-02-20T11:04:00.000Z')
  expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm')
  expect(sheet.getRow(row).getCell(header.indexOf('审核时间')).value).toBeNull()
})
