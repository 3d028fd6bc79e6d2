import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  contract,
  getRubric,
  rubricItems,
  type ActionFailure,
  type ActionName,
  type ActionOutput,
  type ActionResult,
  type Answers,
} from '../../src/shared'
import { dispatch } from '../../cloudfunctions/core/dispatch'
import type { HandlerContext, ServerConfig } from '../../cloudfunctions/core/ports'
import { openSqliteStore, type SqliteStore } from '../../emulator/store/sqlite-store'
import { answersFor, bestAnswer } from '../shared/answer-builders'
import { TEST_TEMPLATE_ID, testPorts, type FakeFiles, type FakeReportFiles, type FakeUploads, type RecordingNotifier, type TestClock } from './fakes'

export const ADMIN = 'o-admin'
export const REVIEWER = 'o-reviewer'
export const FILLER_A = 'o-filler-a'
export const FILLER_B = 'o-filler-b'
/** WeChat knows this user, the app does not: no record, no role. */
export const STRANGER = 'o-stranger'

export const YEAR = 2022
export const rubric = getRubric(YEAR)
/** Every item answered for its maximum: 110 points. */
export const fullMarks: Answers = answersFor(rubricItems(rubric), bestAnswer)

export interface Harness {
  store: SqliteStore
  files: FakeFiles
  uploads: FakeUploads
  reportFiles: FakeReportFiles
  notifier: RecordingNotifier
  clock: TestClock
  config: ServerConfig
  societyA: { id: string; code: string }
  societyB: { id: string; code: string }
  context(openid: string | null): HandlerContext
  /** Dispatches as WeChat would: the identity is the openid of the context, never of the payload. */
  call(openid: string | null, action: string, input?: unknown): Promise<ActionResult<unknown>>
  /** Calls and expects success; checks the data against the contract's output schema too. */
  ok<A extends ActionName>(openid: string | null, action: A, input?: unknown): Promise<ActionOutput<A>>
  /** Calls and expects a failure. */
  fail(openid: string | null, action: string, input?: unknown): Promise<ActionFailure>
  /** A filler's form, saved from the version it has now. */
  save(openid: string, patch: Answers | Record<string, unknown>): Promise<ActionOutput<'submission.saveAnswers'>>
  /** A filler's form, filled in completely and submitted. */
  submitComplete(openid: string): Promise<ActionOutput<'submission.submit'>>
  /** The filler's answer to a subscribe request for the test template: accepted allows one more message. */
  consent(openid: string, accepted?: boolean, templateId?: string): Promise<ActionOutput<'account.recordSubscribeConsent'>>
  close(): void
}

const folders: string[] = []
afterAll(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })))

/** A fresh backend on a real SQLite file: an admin, two societies, a filler bound to each, a reviewer. */
export async function createHarness(config: Partial<ServerConfig> = {}): Promise<Harness> {
  const folder = mkdtempSync(join(tmpdir(), 'cloud-'))
  folders.push(folder)
  const store = openSqliteStore(join(folder, 'data.db'))
  const fullConfig: ServerConfig = { bootstrapAdmins: [ADMIN], writeLimitPerMinute: 1000, ...config }
  const { files, reportFiles, uploads, notifier, clock, context } = testPorts(store, fullConfig)
  const call = (openid: string | null, action: string, input?: unknown) =>
    dispatch(input === undefined ? { action } : { action, input }, context(openid))

  const ok = async <A extends ActionName>(openid: string | null, action: A, input?: unknown) => {
    const result = await call(openid, action, input)
    if (!result.ok) throw new Error(`${action} failed: ${result.code} ${result.message}`)
    expect(contract[action].output.safeParse(result.data).success).toBe(true)
    return result.data as ActionOutput<A>
  }
  const fail = async (openid: string | null, action: string, input?: unknown) => {
    const result = await call(openid, action, input)
    if (result.ok) throw new Error(`${action} succeeded, a failure was expected`)
    return result
  }
  const save = async (openid: string, patch: Record<string, unknown>) => {
    const { version } = await ok(openid, 'submission.get', { year: YEAR })
    return ok(openid, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch })
  }
  const submitComplete = async (openid: string) => {
    await save(openid, fullMarks)
    return ok(openid, 'submission.submit', { year: YEAR })
  }

  const consent = (openid: string, accepted = true, templateId = TEST_TEMPLATE_ID) =>
    ok(openid, 'account.recordSubscribeConsent', { templateId, accepted })

  const register = async (name: string) => {
    const { society, bindingCode } = await ok(ADMIN, 'admin.registerSociety', { name, contact: '0991-0000000' })
    return { id: society.id, code: bindingCode }
  }
  const societyA = await register('新疆计算机学会')
  const societyB = await register('自治区植物保护学会')
  await ok(FILLER_A, 'account.bind', { bindingCode: societyA.code, name: '张填报', phone: '13800138000' })
  await ok(FILLER_B, 'account.bind', { bindingCode: societyB.code, name: '李填报', phone: '13900139000' })
  const { code } = await ok(ADMIN, 'admin.inviteReviewer', { name: '王审核' })
  await ok(REVIEWER, 'account.acceptInvite', { code, name: '王审核' })

  return {
    store,
    files,
    uploads,
    reportFiles,
    notifier,
    clock,
    config: fullConfig,
    societyA,
    societyB,
    context,
    call,
    ok,
    fail,
    save,
    submitComplete,
    consent,
    close: () => store.close(),
  }
}

/**
 * A fresh harness for every test of the calling file, closed after it (mocks restored). The object returned
 * stays the same; its contents are replaced before each test.
 */
export function useHarness(config: Partial<ServerConfig> = {}): Harness {
  const current = {} as Harness
  beforeEach(async () => {
    Object.assign(current, await createHarness(config))
  })
  afterEach(() => {
    jest.restoreAllMocks()
    current.close()
  })
  return current
}

export const photoOf = (societyId: string, itemId: string, name: string) =>
  `local:evidence/${societyId}/${YEAR}/${itemId}/${name}`
