import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { dispatch } from '../../cloudfunctions/core/dispatch'
import { openSqliteStore } from '../../emulator/store/sqlite-store'
import { counter } from './counts'
import { faultyStore, type StoreMethod } from './faulty-store'
import { handlerDriver } from './handler-driver'
import { buildWorld, fillIn, submitA, YEAR } from './world'

/** The store failing in the middle of a submit or a finalize: the change happens whole or not at all. */
const faults = counter('faults injected')
const folder = mkdtempSync(join(tmpdir(), 'faults-store-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
// The handlers log what failed; the tests check what was stored.
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined))
afterEach(() => jest.restoreAllMocks())
let files = 0

async function setUp() {
  const store = openSqliteStore(join(folder, `db-${++files}.sqlite`))
  const d = handlerDriver(store)
  const w = await buildWorld(d)
  return { store, d, w }
}

const SUBMIT_STEPS: StoreMethod[] = ['getUser', 'findSubmission', 'updateSubmission', 'appendAudit', 'getSociety', 'listUsers']

describe('a store failure during submit', () => {
  it.each(SUBMIT_STEPS.flatMap((m) => [1, 2].map((n) => [m, n] as const)))('%s failing on call %i: all or nothing, and a retry submits once', async (method, nth) => {
    const { store, d, w } = await setUp()
    await fillIn(d, w.ids.fillerA!)
    const before = (await store.findSubmission(w.societyA.id, YEAR))!
    const broken = faultyStore(store, method, nth)
    const result = await dispatch({ action: 'submission.submit', input: { year: YEAR } }, { ...d.context(w.ids.fillerA), store: broken })
    if (broken.injected()) faults.add()

    const after = (await store.findSubmission(w.societyA.id, YEAR))!
    if (after.status === 'draft') {
      expect(result.ok).toBe(false)
      expect(after).toEqual(before)
    } else {
      expect(after).toMatchObject({ status: 'submitted', version: before.version + 1, selfScore: { complete: true } })
      expect(after.submittedAt).not.toBeNull()
      expect(after.history).toEqual([...before.history, expect.objectContaining({ from: 'draft', to: 'submitted' })])
    }
    if (!result.ok) expect(result.code).toBe('INTERNAL')
    // Once the transition is stored, a failing audit write no longer fails the call.
    if (method === 'appendAudit') expect(result.ok).toBe(true)

    const retry = await d.call(w.ids.fillerA, { action: 'submission.submit', input: { year: YEAR } })
    expect(retry).toMatchObject({ ok: true, data: { status: 'submitted' } })
    const final = (await store.findSubmission(w.societyA.id, YEAR))!
    expect(final.history.filter((t) => t.to === 'submitted')).toHaveLength(1)
    store.close()
  })
})

const FINALIZE_STEPS: StoreMethod[] = ['getSubmission', 'updateSubmission', 'appendAudit', 'insertNotification', 'updateNotification']

describe('a store failure during finalize', () => {
  it.each(FINALIZE_STEPS.map((m) => [m]))('%s failing: the decision is stored whole or not at all, and a retry settles it', async (method) => {
    const { store, d, w } = await setUp()
    const id = await submitA(d, w)
    const broken = faultyStore(store, method, 1)
    const result = await dispatch({ action: 'review.finalize', input: { submissionId: id } }, { ...d.context(w.ids.reviewer), store: broken })
    if (broken.injected()) faults.add()
    const after = (await store.getSubmission(id))!
    expect(['submitted', 'reviewed']).toContain(after.status)
    if (after.status === 'reviewed') expect(after.review?.finalizedAt).toBeTruthy()
    else expect(result.ok).toBe(false)

    if (after.status === 'submitted') {
      expect(await d.call(w.ids.reviewer, { action: 'review.finalize', input: { submissionId: id } })).toMatchObject({ ok: true })
    }
    const final = (await store.getSubmission(id))!
    expect(final.history.filter((t) => t.to === 'reviewed')).toHaveLength(1)
    // The society hears of it (in the inbox at least), unless the inbox write itself was what failed.
    const inbox = await store.listNotifications(w.ids.fillerA!, 0, 10)
    expect(inbox.total).toBe(method === 'insertNotification' ? 0 : 1)
    if (method === 'updateNotification') expect(inbox.rows[0]?.delivery).toBe('pending')
    store.close()
  })
})
