import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import type ExcelJS from 'exceljs'
import { getRubric, rubricItems } from '../../src/shared'
import { exportResults } from '../../cloudfunctions/core/reports'
import { answersFor, bestAnswer, worstAnswer } from '../shared/answer-builders'
import { ADMIN, FILLER_A, FILLER_B, REVIEWER, YEAR, createHarness, type Harness } from '../cloud/harness'
import { openWorkbook } from './open-workbook'

const NEXT = YEAR + 1
let h: Harness
let folder: string

async function reviewed(openid: string, year: number, make: typeof bestAnswer) {
  const { version } = await h.ok(openid, 'submission.get', { year })
  await h.ok(openid, 'submission.saveAnswers', { year, baseVersion: version, patch: answersFor(rubricItems(getRubric(year)), make) })
  const { id } = await h.ok(openid, 'submission.submit', { year })
  return h.ok(REVIEWER, 'review.finalize', { submissionId: id })
}

async function summaryOf(year: number): Promise<Record<string, Record<string, unknown>>> {
  const file = join(folder, `results-${year}.xlsx`)
  const out = createWriteStream(file)
  await exportResults(h.store, year, out)
  await finished(out)
  const sheet = (await openWorkbook(file)).getWorksheet('汇总') as ExcelJS.Worksheet
  const header = (sheet.getRow(3).values as unknown[]).slice(1).map(String)
  const rows: Record<string, Record<string, unknown>> = {}
  for (let r = 4; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1)
    const row = Object.fromEntries(header.map((name, i) => [name, values[i] ?? null]))
    rows[String(row['学会名称'])] = row
  }
  return rows
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'results-last-year-'))
  h = await createHarness()
  await reviewed(FILLER_A, YEAR, bestAnswer)
  await reviewed(FILLER_B, YEAR, worstAnswer)
  await h.ok(ADMIN, 'admin.openYear', { year: NEXT })
  await reviewed(FILLER_A, NEXT, worstAnswer)
  await h.ok(FILLER_B, 'submission.get', { year: NEXT })
}, 60_000)

afterAll(() => {
  h.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('汇总 sets each society’s total beside last year’s', () => {
  it('gives 上年总分 (last year’s final total) and 变化 (this year’s final total less it) once both are reviewed', async () => {
    const rows = await summaryOf(NEXT)
    const a = rows['新疆计算机学会']!
    expect(a['上年总分']).toBe(110)
    expect(a['变化']).toBe((a['审核得分'] as number) - 110)
    expect(a['变化']).toBeLessThan(0)
  })

  it('leaves 变化 blank while this year is not reviewed, and both blank in the first year', async () => {
    const b = (await summaryOf(NEXT))['自治区植物保护学会']!
    expect(typeof b['上年总分']).toBe('number')
    expect(b['变化']).toBeNull()
    const first = await summaryOf(YEAR)
    expect(first['新疆计算机学会']).toMatchObject({ 上年总分: null, 变化: null })
  })
})
