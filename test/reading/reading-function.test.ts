import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { photographPage } from '../../bench/reading/evidence-pages'
import type { EvidenceReadingRecord } from '../../cloudfunctions/core/store/evidence-readings'
import { buildCloudFunctions } from '../../scripts/build-cloud'

/**
 * The BUILT `reading` function folder, run the way the cloud runs it: outside the repository (so nothing resolves
 * from the repository's node_modules), with only the packages its package.json lists installed beside it (linked
 * from this repository's node_modules, as 云端安装依赖 would install them), wx-server-sdk faked, the network cut.
 */
jest.setTimeout(120_000)

const ROOT = resolve(__dirname, '../..')
const RUNNER = join(__dirname, 'fixtures', 'run-reading-function.ts')
const TIMER = { Type: 'Timer', TriggerName: 'readEvidence', Time: '2022-06-01T02:00:00Z' }
const LOOK = { turn: 1.5, blurPx: 0.5, shade: 0.25, jpegQuality: 75 }
const photo = (lines: string[]) => photographPage({ name: 'test', lines, dates: [] }, LOOK)

let outDir: string
let photosDir: string

interface Run {
  status: number | null
  stderr: string
  out: { result: { ok: boolean; code?: string; message?: string; data?: unknown }; readings: EvidenceReadingRecord[]; errors: string[] } | null
}

function runBuilt(functionDir: string, event: unknown, photos: Record<string, string | null>, openid = ''): Run {
  const args = JSON.stringify({ bundle: join(functionDir, 'index.js'), event, openid, photos })
  const preload = join(ROOT, 'bench/reading/no-network.cjs')
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['--require', preload, RUNNER, args], {
    cwd: functionDir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 100_000,
  })
  return { status: run.status, stderr: run.stderr, out: run.status === 0 ? (JSON.parse(run.stdout) as Run['out']) : null }
}

/** Installs the function's package.json dependencies (but the faked wx-server-sdk) in its node_modules. */
function installDependencies(functionDir: string): string[] {
  const { dependencies } = JSON.parse(readFileSync(join(functionDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
  const names = Object.keys(dependencies).filter((name) => name !== 'wx-server-sdk')
  for (const name of names) {
    const target = join(functionDir, 'node_modules', name)
    mkdirSync(dirname(target), { recursive: true })
    symlinkSync(realpathSync(join(ROOT, 'node_modules', name)), target, 'dir')
  }
  return names
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'reading-function-'))
  photosDir = mkdtempSync(join(tmpdir(), 'reading-photos-'))
  await buildCloudFunctions({ outDir, log: false })
})
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true })
  rmSync(photosDir, { recursive: true, force: true })
})

describe('the built reading function', () => {
  it('cannot start without its own node_modules (nothing resolves from the repository)', () => {
    const run = runBuilt(join(outDir, 'reading'), TIMER, {})
    expect(run.status).not.toBe(0)
    expect(run.stderr).toMatch(/Cannot find module 'tesseract\.js'/)
  })

  it('on its timer, reads a queued photo with Tesseract and the Chinese model from its node_modules, the network cut', () => {
    const dir = join(outDir, 'reading')
    expect(installDependencies(dir)).toEqual(['tesseract.js', '@tesseract.js-data/chi_sim'])
    const minutes = join(photosDir, 'minutes.jpg')
    writeFileSync(minutes, photo(['会议记录', '时间：2021年3月15日', '地点：学会会议室']))
    const truncated = join(photosDir, 'truncated.jpg')
    writeFileSync(truncated, photo(['支部大会记录']).subarray(0, 300))
    const files = { 'cloud://env/a/minutes.jpg': minutes, 'cloud://env/a/truncated.jpg': truncated, 'cloud://env/a/gone.jpg': null }

    const run = runBuilt(dir, TIMER, files)
    expect(run.stderr).not.toContain('NETWORK ATTEMPT')
    expect(run.status).toBe(0)
    expect(run.out!.result).toEqual({ ok: true, data: { read: 1, failed: 2 } })
    const byId = Object.fromEntries(run.out!.readings.map((r) => [r.fileId, r]))
    expect(byId['cloud://env/a/minutes.jpg']).toMatchObject({ status: 'done', attempts: 1, dates: ['2021-03-15'], outsideYear: true })
    expect(byId['cloud://env/a/minutes.jpg']!.text).toContain('会议记录')
    // A photo Tesseract cannot decode waits for its next try; a file gone from storage fails at once.
    expect(byId['cloud://env/a/truncated.jpg']).toMatchObject({ status: 'pending', attempts: 1, error: expect.stringMatching(/图片无法识别/) })
    expect(byId['cloud://env/a/gone.jpg']).toMatchObject({ status: 'failed', error: '照片文件不存在' })
  })

  it('refuses a call from a user in Chinese and reads nothing for it', () => {
    const minutes = join(photosDir, 'minutes.jpg')
    writeFileSync(minutes, photo(['会议记录', '2022年3月15日']))
    const run = runBuilt(join(outDir, 'reading'), TIMER, { 'cloud://env/a/minutes.jpg': minutes }, 'oUser_0123456789')
    expect(run.out!.result).toEqual({ ok: false, code: 'FORBIDDEN', message: expect.stringMatching(/^云函数 reading 只由定时触发器运行/) })
    expect(run.out!.readings).toEqual([expect.objectContaining({ status: 'pending', attempts: 0 })])
  })
})
