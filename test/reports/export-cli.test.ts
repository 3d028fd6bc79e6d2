import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { openSqliteStore } from '../../emulator/store/sqlite-store'
import { openWorkbook, text } from './open-workbook'
import { seedYear } from './year-fixture'

const ROOT = resolve(__dirname, '..', '..')
const run = promisify(execFile)
let data: string

/** `npm run --silent export -- …` as the admin types it; resolves with the exit code and output. */
async function exportCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'export', '--', ...args], { cwd: ROOT, timeout: 120_000 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'export-cli-'))
  const store = openSqliteStore(join(data, 'emulator.sqlite'))
  await seedYear(store, 12, 3)
  store.close()
})
afterAll(() => rmSync(data, { recursive: true, force: true }))

describe('npm run export', () => {
  it('writes the year’s workbook and says so in one line', async () => {
    const out = join(data, 'results.xlsx')
    const result = await exportCli('--data', data, '--year', '2022', '--out', out)
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
    expect(result.stdout).toMatch(/^已写出 .*results\.xlsx：2022年度结果，12个学会/)
    const workbook = await openWorkbook(out)
    expect(workbook.worksheets[0]?.name).toBe('汇总')
  }, 120_000)

  it('writes one society’s form, found by id or by name', async () => {
    const out = join(data, 'form.xlsx')
    const result = await exportCli('--data', data, '--society', '自治区第1学会', '--out', out)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^已写出 .*form\.xlsx：自治区第1学会 2022年度自评表（已审核，审核得分[\d.]+，\S+）\n$/)
    const sheet = (await openWorkbook(out)).worksheets[0]!
    expect(text(sheet, 'A4')).toBe('学会名称：自治区第1学会')
    const byId = await exportCli('--data', data, '--year', '2022', '--society', 'soc-0000', '--out', out)
    expect(byId.code).toBe(0)
  }, 120_000)

  it('writes one society’s whole file as a PDF with --pdf, naming the files it could not put in', async () => {
    const out = join(data, 'whole.pdf')
    const result = await exportCli('--data', data, '--society', 'soc-0000', '--pdf', '--out', out)
    expect(result.code).toBe(0)
    // The fixture's evidence ids name no stored file: each is listed in the PDF, none embedded.
    expect(result.stdout).toMatch(/^已写出 .*whole\.pdf：自治区第1学会 2022年度完整材料（\d+页，0张照片(，\d+个文件未能放入)?）\n$/)
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
  }, 120_000)

  it.each([
    [['--data', 'DATA', '--pdf', '--out', 'x.pdf'], '--pdf 须与 --society 一起使用'],
    [['--data', 'DATA', '--society', 'soc-0000', '--pdf', '--out', 'x.xlsx'], '--out 须是 .pdf 文件'],
    [['--year', '2022', '--out', 'x.xlsx'], '缺少 --data'],
    [['--data', '/nonexistent/folder', '--out', 'x.xlsx'], '数据目录不存在'],
    [['--data', '.', '--out', 'x.xlsx'], '没有模拟器的数据库'],
    [['--data', 'DATA', '--year', '1999', '--out', 'x.xlsx'], '没有1999年度的自评表'],
    [['--data', 'DATA'], '缺少 --out'],
    [['--data', 'DATA', '--out', 'x.csv'], '须是 .xlsx 文件'],
    [['--data', 'DATA', '--out', 'x.xlsx', '--format', 'pdf'], '不认识的参数：--format'],
    [['--data', 'DATA', '--society', '没有这个', '--out', 'x.xlsx'], '没有名称或编号为“没有这个”的学会'],
    [['--data', 'DATA', '--society', '学会', '--out', 'x.xlsx'], '对应多个学会'],
  ])('exits 2 with the reason for %j', async (args, reason) => {
    const result = await exportCli(...args.map((a) => (a === 'DATA' ? data : a)))
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(reason)
    expect(result.stdout).toBe('')
    expect(existsSync(join(ROOT, 'x.xlsx'))).toBe(false)
  }, 120_000)
})
