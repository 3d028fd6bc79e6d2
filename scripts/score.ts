/**
 * Scores an answers file with the shared engine:
 *   npm run --silent score -- answers.json [--year 2022]
 * Prints {"total","max","complete","groups","items"} as JSON; invalid input exits 2 with the problems on stderr.
 */
import { readFileSync } from 'node:fs'
import { FIRST_FORM_YEAR, findRubric, formatIssues, parseAnswers, scoreAnswers } from '../src/shared'

const INVALID_INPUT = 2

function fail(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(INVALID_INPUT)
}

function main(args: string[]): void {
  const files: string[] = []
  // Without --year: the first form's year (2022); later years' rubrics are its rollover.
  let year = FIRST_FORM_YEAR
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--year') year = Number(args[++i])
    else files.push(args[i]!)
  }
  if (files.length !== 1) fail('用法：npm run --silent score -- <答案文件.json> [--year 2022]')
  const rubric = findRubric(year) ?? fail(`没有${year}年度的评分标准`)

  let text: string
  try {
    text = readFileSync(files[0]!, 'utf8')
  } catch (error) {
    fail(`无法读取文件 ${files[0]}：${(error as Error).message}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    fail(`文件 ${files[0]} 不是有效的 JSON：${(error as Error).message}`)
  }
  const parsed = parseAnswers(rubric, json)
  if (!parsed.ok) fail(`答案有误：\n${formatIssues(parsed.issues)}`)

  const { total, max, complete, groups, items } = scoreAnswers(rubric, parsed.value)
  process.stdout.write(`${JSON.stringify({ total, max, complete, groups, items })}\n`)
}

main(process.argv.slice(2))
