/**
 * Writes reports from an emulator data folder (its SQLite database), with the same module as the cloud:
 *   npm run --silent export -- --data DIR --year 2022 --out results.xlsx              the year's results
 *   npm run --silent export -- --data DIR --year 2022 --society NAME_OR_ID --out form.xlsx   one society's form
 *   npm run --silent export -- --data DIR --year 2022 --society NAME_OR_ID --pdf --out F.pdf  its whole file as a PDF
 * Prints one line saying what it wrote; bad arguments exit 2 with the reason.
 */
import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { exportForm, exportFormPdf, exportResults, loadEvidenceFiles, loadSocietyForm } from '../cloudfunctions/core/reports'
import { localFiles } from '../emulator/local-files'
import { localReportFiles } from '../emulator/local-report-files'
import { ActionError, findRubric, rubricYears } from '../src/shared'
import type { Store } from '../cloudfunctions/core/ports'
import { openSqliteStore } from '../emulator/store/sqlite-store'

const BAD_ARGUMENTS = 2
const USAGE =
  '用法：npm run --silent export -- --data <数据目录> --year <年度> --out <文件.xlsx> [--society <学会名称或编号> [--pdf --out <文件.pdf>]]'

class UsageError extends Error {}

interface Options {
  data: string
  year: number
  out: string
  society: string | null
  /** With --society: the whole file (form, photos, documents) as a PDF. */
  pdf: boolean
}

function parseArgs(given: readonly string[]): Options {
  let args = given
  const values: Record<string, string> = {}
  const pdf = args.includes('--pdf')
  args = args.filter((a) => a !== '--pdf')
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!
    if (!['--data', '--year', '--out', '--society'].includes(flag)) throw new UsageError(`不认识的参数：${flag}`)
    const value = args[i + 1]
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} 后面缺少取值`)
    values[flag.slice(2)] = value
    i++
  }
  if (!values.data) throw new UsageError('缺少 --data（模拟器的数据目录）')
  if (!values.out) throw new UsageError('缺少 --out（要写出的 .xlsx 文件）')
  if (pdf && !values.society) throw new UsageError('--pdf 须与 --society 一起使用（一个学会的完整材料）')
  const extension = pdf ? '.pdf' : '.xlsx'
  if (!values.out.toLowerCase().endsWith(extension)) throw new UsageError(`--out 须是 ${extension} 文件：${values.out}`)
  const years = rubricYears()
  const year = values.year === undefined ? years[years.length - 1]! : Number(values.year)
  if (!Number.isInteger(year) || !findRubric(year)) {
    throw new UsageError(`没有${values.year}年度的自评表（可用年度：${years.join('、')}）`)
  }
  return { data: values.data, year, out: values.out, society: values.society?.trim() || null, pdf }
}

function openStore(data: string) {
  const file = join(data, 'emulator.sqlite')
  if (!existsSync(data) || !statSync(data).isDirectory()) throw new UsageError(`数据目录不存在：${data}`)
  if (!existsSync(file)) throw new UsageError(`数据目录里没有模拟器的数据库（emulator.sqlite）：${data}`)
  return openSqliteStore(file)
}

/** A society by exact id, else by exact name, else by a part of its name that only one society has. */
async function findSociety(store: Store, wanted: string) {
  const societies = await store.listSocieties()
  const exact = societies.find((s) => s.id === wanted) ?? societies.filter((s) => s.name === wanted)[0]
  if (exact) return exact
  const partial = societies.filter((s) => s.name.includes(wanted))
  if (partial.length === 1) return partial[0]!
  if (partial.length === 0) throw new UsageError(`没有名称或编号为“${wanted}”的学会`)
  throw new UsageError(`“${wanted}”对应多个学会：${partial.slice(0, 5).map((s) => s.name).join('、')}，请写全名或编号`)
}

/** Writes through a temporary file, so that a failed export leaves no half-written workbook behind. */
async function writeFile<T>(out: string, write: (stream: Writable) => Promise<T>): Promise<T> {
  if (!existsSync(dirname(resolve(out)))) throw new UsageError(`--out 所在的目录不存在：${dirname(resolve(out))}`)
  const temp = `${out}.${process.pid}.tmp`
  const stream = createWriteStream(temp)
  try {
    const result = await write(stream)
    await finished(stream)
    renameSync(temp, out)
    return result
  } catch (error) {
    stream.destroy()
    rmSync(temp, { force: true })
    throw error
  }
}

async function main(args: readonly string[]): Promise<string> {
  const options = parseArgs(args)
  const store = openStore(options.data)
  try {
    if (options.society) {
      const society = await findSociety(store, options.society)
      const form = await loadSocietyForm(store, options.year, society.id)
      if (options.pdf) {
        const files = await loadEvidenceFiles(store, options.year, society.id)
        const read = localReportFiles(options.data, localFiles(options.data)).readEvidence
        const made = await writeFile(options.out, (stream) => exportFormPdf(form, files, read, stream))
        const missing = made.notEmbedded > 0 ? `，${made.notEmbedded}个文件未能放入` : ''
        return `已写出 ${options.out}：${society.name} ${options.year}年度完整材料（${made.pages}页，${made.photos}张照片${missing}）`
      }
      await writeFile(options.out, (stream) => exportForm(form, stream))
      const score = form.final ? `审核得分${form.final.total}，${form.grade}` : `自评${form.self.total}分`
      return `已写出 ${options.out}：${society.name} ${options.year}年度自评表（${form.statusLabel}，${score}）`
    }
    const { societies, submissions } = await writeFile(options.out, (stream) => exportResults(store, options.year, stream))
    return `已写出 ${options.out}：${options.year}年度结果，${societies}个学会（${submissions}份填报），含汇总、逐项得分和${submissions}张自评表`
  } finally {
    store.close()
  }
}

main(process.argv.slice(2)).then(
  (line) => process.stdout.write(`${line}\n`),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ActionError) {
      process.stderr.write(`${error.message}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`)
      process.exit(BAD_ARGUMENTS)
    }
    process.stderr.write(`导出失败：${(error as Error).stack ?? String(error)}\n`)
    process.exit(1)
  },
)
