import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getRubric, rubricItems } from '../../src/shared'
import { answersFor, bestAnswer } from './answer-builders'

// Each case starts a tsx process: seconds on a loaded 2-core machine, not jest's default 5.
jest.setTimeout(60_000)

const root = join(__dirname, '../..')
const dir = mkdtempSync(join(tmpdir(), 'score-cli-'))

function score(content: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, content)
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'scripts/score.ts', file], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    )
  })
}

describe('npm run score', () => {
  it('prints the report of a whole, best answers file as one JSON object', async () => {
    const result = await score(JSON.stringify(answersFor(rubricItems(getRubric(2022)), bestAnswer)))
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Record<string, unknown>
    expect(Object.keys(report)).toEqual(['total', 'max', 'complete', 'groups', 'items'])
    expect(report).toMatchObject({ total: 110, max: 110, complete: true })
    expect(Object.keys(report.items as object)).toHaveLength(38)
  })

  it('scores partial answers, marking them incomplete', async () => {
    const result = await score('{"B2.1": {"tier": "basic"}, "B6.1": {"score": 2.5}}')
    expect(JSON.parse(result.stdout)).toMatchObject({ total: 5.5, complete: false, groups: { A1: 3, A2: 2.5, B2: 3 } })
  })

  it('exits 2 naming the item and the problem on invalid answers', async () => {
    const result = await score('{"B6.1": {"score": 3.3}, "B2.1": {"tier": "gold"}}')
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/B6\.1：自评分须为0\.5的倍数/)
    expect(result.stderr).toMatch(/B2\.1：没有档次“gold”/)
  })

  it('exits 2 on a file that is not JSON', async () => {
    const result = await score('{"B6.1": ')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/不是有效的 JSON/)
  })
})
