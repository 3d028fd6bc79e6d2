import { PDF_FONT_FILE } from '../../cloudfunctions/core/reports/pdf-font'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ACTION_NAMES, functionOf } from '../../src/shared'
import {
  ADMIN_PACKAGES,
  buildCloudFunctions,
  EXTERNAL_PACKAGES,
  READING_PACKAGES,
  REPORT_PACKAGES,
  WX_SERVER_SDK_VERSION,
  type BuiltFunction,
} from '../../scripts/build-cloud'

/** The functions the mini-program calls; `reading` runs on its timer alone (its run: test/reading/reading-function.test.ts). */
const ACTION_FUNCTIONS = ['account', 'submission', 'review', 'admin', 'report'] as const
const FUNCTIONS = [...ACTION_FUNCTIONS, 'reading'] as const
const RUNNER = resolve(__dirname, 'fixtures', 'run-bundle.js')
const TEMPLATE_ID = 'tmpl_Abcdefgh-123456'

let outDir: string
let built: BuiltFunction[]

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'cloud-build-'))
  built = await buildCloudFunctions({ outDir, log: false })
}, 120_000)

afterAll(() => rmSync(outDir, { recursive: true, force: true }))

const file = (fn: string, name: string) => join(outDir, fn, name)
const bundle = (fn: string) => readFileSync(file(fn, 'index.js'), 'utf8')
const readJson = (fn: string, name: string) => JSON.parse(readFileSync(file(fn, name), 'utf8')) as Record<string, unknown>

interface Run {
  result?: { ok: boolean; code?: string; message?: string; data?: unknown }
  calls: Array<{ collection?: string; op: string; steps?: unknown[][] }>
  errors: string[]
}

/** Loads the built function in a fresh Node process with a stubbed wx-server-sdk and calls main once. */
function callMain(fn: string, event: unknown, options: { env?: Record<string, string>; openid?: string } = {}): Run {
  const args = JSON.stringify({ bundle: file(fn, 'index.js'), env: options.env ?? {}, event, openid: options.openid ?? '' })
  return JSON.parse(execFileSync(process.execPath, [RUNNER, args], { encoding: 'utf8', timeout: 30_000 })) as Run
}

const ENV: Record<string, Record<string, string>> = {
  review: { SUBSCRIBE_TEMPLATE_ID: TEMPLATE_ID },
  admin: { SUBSCRIBE_TEMPLATE_ID: TEMPLATE_ID },
}
const actionOfAnotherFunction = (fn: string) => ACTION_NAMES.find((a) => functionOf(a) !== fn) as string

describe('npm run build:cloud', () => {
  it('writes one folder per deployed function with index.js, package.json and config.json', () => {
    expect(built.map((b) => b.name).sort()).toEqual([...FUNCTIONS].sort())
    for (const fn of FUNCTIONS) {
      for (const name of ['index.js', 'package.json', 'config.json']) expect(existsSync(file(fn, name))).toBe(true)
    }
  })

  it('pins wx-server-sdk to one exact version in every package.json', () => {
    expect(WX_SERVER_SDK_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
    for (const fn of FUNCTIONS) {
      const pkg = readJson(fn, 'package.json')
      expect(pkg).toMatchObject({ name: fn, main: 'index.js' })
      const reportLibraries = fn === 'report' ? { exceljs: REPORT_PACKAGES.exceljs, jszip: REPORT_PACKAGES.jszip, pdfkit: REPORT_PACKAGES.pdfkit } : {}
      const adminLibraries = fn === 'admin' ? { exceljs: ADMIN_PACKAGES.exceljs, 'iconv-lite': ADMIN_PACKAGES['iconv-lite'] } : {}
      const readingLibraries = fn === 'reading' ? { 'tesseract.js': READING_PACKAGES['tesseract.js'], '@tesseract.js-data/chi_sim': READING_PACKAGES['@tesseract.js-data/chi_sim'] } : {}
      // submission reads .docx/.xlsx evidence with Node's own zlib (cloudfunctions/core/files): nothing to install.
      expect(pkg.dependencies).toEqual({ 'wx-server-sdk': WX_SERVER_SDK_VERSION, ...reportLibraries, ...adminLibraries, ...readingLibraries })
    }
    expect(REPORT_PACKAGES.exceljs).toMatch(/^\d+\.\d+\.\d+$/)
    // The versions this repository tests the reader with, exactly.
    expect(READING_PACKAGES).toEqual({
      'tesseract.js': (require('tesseract.js/package.json') as { version: string }).version,
      '@tesseract.js-data/chi_sim': (require('@tesseract.js-data/chi_sim/package.json') as { version: string }).version,
    })
  })

  it('puts the PDF’s Chinese font beside the report function only (the whole file as a PDF, issue 22)', () => {
    for (const fn of FUNCTIONS) expect(existsSync(file(fn, `fonts/${PDF_FONT_FILE}`))).toBe(fn === 'report')
    expect(statSync(file('report', `fonts/${PDF_FONT_FILE}`)).size).toBeGreaterThan(1_000_000)
  })

  it('grants the subscribe-message permission to review (and its timer) and admin (催报 and its 自动提醒 timer), the QR-code one only to admin', () => {
    for (const fn of FUNCTIONS) {
      const config = readJson(fn, 'config.json') as { permissions?: { openapi?: string[] }; triggers?: unknown[] }
      if (fn === 'review') {
        expect(config.permissions?.openapi).toEqual(['subscribeMessage.send'])
        expect(config.triggers).toEqual([expect.objectContaining({ type: 'timer', config: expect.stringMatching(/^(\S+ ){6}\S+$/) })])
      } else if (fn === 'admin') {
        expect(config.permissions?.openapi).toEqual(['subscribeMessage.send', 'wxacode.getUnlimited'])
        expect(config.triggers).toEqual([{ name: 'scheduledReminders', type: 'timer', config: '0 0 * * * * *' }])
      } else if (fn === 'reading') {
        // Every minute, so that a photo is read within a minute or two of its registration (docs/reading.md).
        expect(config.permissions?.openapi).toEqual([])
        expect(config.triggers).toEqual([{ name: 'readEvidence', type: 'timer', config: '0 * * * * * *' }])
      } else {
        expect(config.permissions?.openapi ?? []).toEqual([])
        expect(config.triggers).toBeUndefined()
      }
    }
  })

  // jpeg-js and pngjs are pure JavaScript decoders bundled in for the photos' fingerprints (duplicate evidence).
  it('bundles no emulator, SQLite, dev-login, UI or test code', () => {
    for (const fn of FUNCTIONS) {
      const code = bundle(fn)
      expect(code).not.toMatch(/better-sqlite3/)
      expect(code).not.toMatch(/emulator/i)
      expect(code).not.toMatch(/dev_sessions|devSessions|DEV_OPENID|dev-login/)
      const inputs = built.find((b) => b.name === fn)?.inputs ?? []
      expect(inputs.filter((i) => !/^(src\/shared|cloudfunctions\/(core|adapters\/wx|entries)|node_modules\/(zod|jpeg-js|pngjs))\//.test(i))).toEqual([])
    }
  })

  it('requires only wx-server-sdk, the report libraries and Node built-ins at run time', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))
    const allowed = new Set(['wx-server-sdk', ...EXTERNAL_PACKAGES])
    for (const fn of FUNCTIONS) {
      const code = bundle(fn)
      const literal = [...code.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2] as string)
      expect(literal.length).toBe((code.match(/\brequire\(/g) ?? []).length)
      expect(literal.filter((m) => !allowed.has(m) && !builtins.has(m))).toEqual([])
      expect(literal).toContain('wx-server-sdk')
      // Tesseract (the reader of evidence photos) loads in the reading function alone: the others do not grow.
      expect(literal.filter((m) => m.includes('tesseract'))).toEqual(fn === 'reading' ? ['tesseract.js'] : [])
      expect(code.includes('tesseract')).toBe(fn === 'reading')
    }
  })

  it('loads exceljs only when a report is made, so that functions without it installed still start', () => {
    for (const fn of ACTION_FUNCTIONS) {
      const run = callMain(fn, { action: 'account.whoami', input: {} }, { env: ENV[fn], openid: 'oUser_0123456789' })
      expect(run.errors.join('\n')).not.toMatch(/exceljs|jszip/)
    }
  })
})

describe('a built function, loaded with a stubbed wx-server-sdk', () => {
  it.each(ACTION_FUNCTIONS)('%s answers UNKNOWN_ACTION for an action of another function', (fn) => {
    const action = actionOfAnotherFunction(fn)
    const run = callMain(fn, { action, input: {} }, { env: ENV[fn], openid: 'oUser_0123456789' })
    expect(run.result).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' })
    expect(run.calls.filter((c) => c.collection)).toEqual([])
  })

  it('answers UNKNOWN_ACTION for an event without an action', () => {
    const run = callMain('account', { input: {} }, { openid: 'oUser_0123456789' })
    expect(run.result).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' })
  })

  it('answers a typed INTERNAL error naming the variable when a required one is missing', () => {
    const run = callMain('review', { action: 'review.list', input: { year: 2022 } }, { openid: 'oUser_0123456789' })
    expect(run.result).toEqual({
      ok: false,
      code: 'INTERNAL',
      message: expect.stringMatching(/^服务配置有误：.*SUBSCRIBE_TEMPLATE_ID/),
    })
    expect(run.calls).toEqual([])
  })

  it('answers a typed INTERNAL error for an invalid variable, in every function', () => {
    const run = callMain('admin', { action: 'admin.listUsers', input: {} }, { env: { WRITE_LIMIT_PER_MINUTE: 'many' } })
    expect(run.result).toMatchObject({ ok: false, code: 'INTERNAL', message: expect.stringContaining('WRITE_LIMIT_PER_MINUTE') })
  })

  it('does not need the template id in a function that sends no subscribe message', () => {
    const run = callMain('account', { action: 'account.whoami', input: {} }, { openid: 'oUser_0123456789' })
    expect(run.result).toEqual({ ok: true, data: { role: null, society: null, profile: null, currentYear: { year: 2022, status: 'open', deadline: null } } })
  })

  it("takes the caller from WeChat's context, never from the event", () => {
    const run = callMain(
      'account',
      { action: 'account.whoami', input: {}, openid: 'oForged_00000000', userInfo: { openId: 'oForged_00000000' } },
      { openid: 'oUser_0123456789' },
    )
    const userReads = run.calls.filter((c) => c.collection === 'users')
    expect(userReads.length).toBeGreaterThan(0)
    expect(JSON.stringify(userReads)).toContain('oUser_0123456789')
    expect(JSON.stringify(run.calls)).not.toContain('oForged')
  })

  it('answers UNAUTHENTICATED when WeChat names no caller', () => {
    const run = callMain('account', { action: 'account.whoami', input: {} })
    expect(run.result).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
  })

  it('runs the retry of undelivered messages on its timer trigger', () => {
    const run = callMain('review', { Type: 'Timer', TriggerName: 'retryUndelivered', Time: '2024-03-05T06:00:00Z' }, { env: ENV.review })
    expect(run.result).toEqual({ ok: true, data: { tried: 0, sent: 0 } })
    expect(run.calls.some((c) => c.collection === 'notifications' && c.op === 'get')).toBe(true)
  })

  it('runs the 自动提醒 on the timer trigger of the admin function', () => {
    const run = callMain('admin', { Type: 'Timer', TriggerName: 'scheduledReminders', Time: '2024-03-05T06:00:00Z' }, { env: ENV.admin })
    expect(run.result).toEqual({ ok: true, data: { sent: [], more: false } })
    expect(run.calls.some((c) => c.collection === 'years' && c.op === 'get')).toBe(true)
  })

  it('does not take a user call dressed as a timer event for the timer', () => {
    const run = callMain('review', { Type: 'Timer' }, { env: ENV.review, openid: 'oUser_0123456789' })
    expect(run.result).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' })
    expect(run.calls.filter((c) => c.collection)).toEqual([])
  })
})
