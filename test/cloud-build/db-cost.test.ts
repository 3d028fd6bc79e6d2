import { createWxStore } from '../../cloudfunctions/adapters/wx/wx-store'
import { dispatch } from '../../cloudfunctions/core/dispatch'
import type { ServerConfig } from '../../cloudfunctions/core/ports'
import { getRubric, rubricItems, type ActionName } from '../../src/shared'
import { testPorts } from '../cloud/fakes'
import { bestAnswer } from '../shared/answer-builders'
import { fakeCloudDatabase } from './fake-cloud-db'

/**
 * Cloud cost per action (issue 12): the database operations (round trips) of a filler's save and submit through
 * the WeChat store, counted by the fake cloud database, in the steady state (submission created, year stored).
 * Budget: save ≤ 3, submit ≤ 5. `npm run bench -- db` prints the same figures.
 */
const YEAR = 2022
const ADMIN = 'o-admin'
const FILLER = 'o-filler'
const items = rubricItems(getRubric(YEAR))

async function world(options: { limit?: number; reviewers?: number } = {}) {
  const db = fakeCloudDatabase()
  const store = createWxStore(db)
  const config: ServerConfig = { bootstrapAdmins: [ADMIN], writeLimitPerMinute: options.limit ?? 1000 }
  const ports = testPorts(store, config)
  const call = (openid: string, action: ActionName, input?: unknown) => dispatch({ action, input }, ports.context(openid))
  const ok = async (openid: string, action: ActionName, input?: unknown) => {
    const result = await call(openid, action, input)
    if (!result.ok) throw new Error(`${action}: ${result.code} ${result.message}`)
    return result.data as { version: number; bindingCode: string; id: string; society: { id: string } }
  }
  const at = ports.clock.now().toISOString()
  for (let i = 0; i < (options.reviewers ?? 1); i++) {
    await store.putUser({ openid: `o-reviewer-${i}`, role: 'reviewer', societyId: null, name: '王审核', phone: '13900139000', createdAt: at, updatedAt: at })
  }
  await store.insertYear({
    year: YEAR,
    status: 'open',
    rubricFrom: null,
    deadline: '2099-12-31',
    extensions: {},
    gradeBands: [{ label: '合格', min: 60 }, { label: '不合格', min: 0 }],
    openedAt: at,
    closedAt: null,
    updatedAt: at,
  })
  const { bindingCode, society: { id: societyId } } = await ok(ADMIN, 'admin.registerSociety', { name: '测试学会', contact: '0991-0000000' })
  await ok(FILLER, 'account.bind', { bindingCode, name: '张填报', phone: '13800138000' })
  let version = (await ok(FILLER, 'submission.get', { year: YEAR })).version
  const save = async (i: number, base = version) => {
    const result = await call(FILLER, 'submission.saveAnswers', { year: YEAR, baseVersion: base, patch: { [items[i]!.id]: bestAnswer(items[i]!) } })
    if (result.ok) version = (result.data as { version: number }).version
    return result
  }
  /** The operations one call makes. */
  const counted = async <T>(run: () => Promise<T>) => {
    const from = db.ops.length
    const result = await run()
    return { result, ops: db.ops.slice(from) }
  }
  return { db, store, ports, call, ok, save, counted, societyId }
}

describe('cloud database operations per action, through the WeChat store', () => {
  it('a save is three: the caller, the submission read with its society and year, the compare-and-set', async () => {
    const w = await world()
    await w.save(0)
    const { result, ops } = await w.counted(() => w.save(1))
    // A save answers with what changed (issue 25), not the whole submission.
    expect(result).toMatchObject({ ok: true, data: { changed: [items[1]!.id], itemScores: { [items[1]!.id]: expect.anything() } } })
    expect(ops).toEqual(['users.get', 'submissions.aggregate', 'submissions.update'])
  })

  it('a submit is five with one reviewer: the save’s three (its audit entry in the write), the reviewers by role, their notice', async () => {
    const w = await world()
    for (let i = 0; i < items.length; i++) await w.save(i)
    const { result, ops } = await w.counted(() => w.call(FILLER, 'submission.submit', { year: YEAR }))
    expect(result).toMatchObject({ ok: true, data: { status: 'submitted' } })
    expect(ops).toEqual(['users.get', 'submissions.aggregate', 'submissions.update', 'users.get', 'notifications.add'])
    const id = (result as { data: { id: string } }).data.id
    expect((await w.store.listAudit(id)).map((e) => [e.action, e.actor, e.after])).toEqual([
      ['submission.submit', FILLER, { status: 'submitted', selfTotal: expect.any(Number) }],
    ])
    expect((await w.store.listNotifications('o-reviewer-0', 0, 10)).rows).toHaveLength(1)
  })

  it('reads the reviewers once whatever their number; each reviewer’s notice is one add', async () => {
    const w = await world({ reviewers: 3 })
    for (let i = 0; i < items.length; i++) await w.save(i)
    const { ops } = await w.counted(() => w.call(FILLER, 'submission.submit', { year: YEAR }))
    expect(ops.filter((op) => op.startsWith('users.'))).toEqual(['users.get', 'users.get'])
    expect(ops.filter((op) => op === 'notifications.add')).toHaveLength(3)
  })

  it('counts the write rate in the submission’s own write: no rate_hits, refused beyond the limit without writing', async () => {
    const w = await world({ limit: 3 })
    w.ports.clock.advance(60_000) // a fresh minute
    const saves = await w.counted(async () => {
      for (let i = 0; i < 3; i++) expect(await w.save(i)).toMatchObject({ ok: true })
    })
    expect(saves.ops.filter((op) => op.startsWith('rate_hits'))).toEqual([])
    const { result, ops } = await w.counted(() => w.save(3))
    expect(result).toMatchObject({ ok: false, code: 'RATE_LIMITED' })
    expect(ops).toEqual(['users.get', 'submissions.aggregate'])
    // A save that changes nothing writes nothing, and is not refused.
    expect(await w.save(2)).toMatchObject({ ok: true })
    w.ports.clock.advance(60_000)
    expect(await w.save(3)).toMatchObject({ ok: true })
  })

  it('lets only one of two concurrent writes take the last write of the minute', async () => {
    const w = await world({ limit: 2 })
    w.ports.clock.advance(60_000)
    expect(await w.save(0)).toMatchObject({ ok: true })
    const base = (await w.ok(FILLER, 'submission.get', { year: YEAR })).version
    const { result: both, ops } = await w.counted(() => Promise.all([w.save(1, base), w.save(2, base)]))
    expect(both.map((r) => (r.ok ? 'ok' : r.code)).sort()).toEqual(['RATE_LIMITED', 'ok'])
    // Both read the same version; the loser's compare-and-set missed, it read again and found the minute used up.
    expect(ops.filter((op) => op === 'submissions.update')).toHaveLength(2)
    expect(ops).toContain('submissions.get')
  })

  it('review.list reads list rows and the societies’ listed fields, never whole records', async () => {
    const w = await world()
    for (let i = 0; i < 30; i++) {
      const { bindingCode } = await w.ok(ADMIN, 'admin.registerSociety', { name: `列表学会${i}`, contact: '0991-0000000' })
      const openid = `o-list-filler-${i}`
      await w.ok(openid, 'account.bind', { bindingCode, name: '张填报', phone: '13800138000' })
      const { version } = await w.ok(openid, 'submission.get', { year: YEAR })
      const patch = Object.fromEntries(items.map((item) => [item.id, bestAnswer(item)]))
      await w.ok(openid, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch })
    }
    const bytesOf = async (run: () => Promise<unknown>) => {
      const from = w.db.readBytes
      await run()
      return w.db.readBytes - from
    }
    const list = await bytesOf(() => w.ok('o-reviewer-0', 'review.list', { year: YEAR, page: 1, pageSize: 20 }))
    const whole = await bytesOf(() => Promise.all([w.store.listSubmissions(YEAR), w.store.listSocieties()]))
    expect(list).toBeLessThan(whole / 3)
  })

  it('review.get finds the same photo in other societies’ forms from the year’s photos, never their whole records', async () => {
    const w = await world()
    const at = w.ports.clock.now().toISOString()
    const ids: string[] = []
    for (let i = 0; i < 20; i++) {
      const { bindingCode } = await w.ok(ADMIN, 'admin.registerSociety', { name: `照片学会${i}`, contact: '0991-0000000' })
      const openid = `o-photo-filler-${i}`
      const { society } = await w.ok(openid, 'account.bind', { bindingCode, name: '张填报', phone: '13800138000' })
      const { version, id } = await w.ok(openid, 'submission.get', { year: YEAR })
      const patch = Object.fromEntries(items.map((item) => [item.id, bestAnswer(item)]))
      await w.ok(openid, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch })
      // The same picture, recompressed by each society (other bytes, the same difference hash), on B2.1.
      const fileId = `cloud://env/evidence/${society.id}/${YEAR}/B2.1/${i}.jpg`
      const file = { kind: 'photo' as const, mime: 'image/jpeg', name: `${i}.jpg`, size: 1000, sha256: String(i).padStart(64, '0'), dhash: '0f1e2d3c4b5a6978', registeredAt: at }
      const record = (await w.store.getSubmission(id))!
      await w.store.updateSubmission({ ...record, version: record.version + 1, evidence: { 'B2.1': [fileId] }, evidenceFiles: { [fileId]: file } }, record.version)
      ids.push(id)
    }
    const bytesOf = async <T>(run: () => Promise<T>) => {
      const from = w.db.readBytes
      const result = await run()
      return { result, bytes: w.db.readBytes - from }
    }
    const detail = await bytesOf(() => w.ok('o-reviewer-0', 'review.get', { submissionId: ids[0] }))
    const duplicates = (detail.result as unknown as { duplicates: Record<string, { societyName: string }[]> }).duplicates
    expect(Object.values(duplicates).flat()).toHaveLength(19)
    expect(Object.values(duplicates).flat().map((d) => d.societyName)).toContain('照片学会19')
    const whole = await bytesOf(() => Promise.all([w.store.listSubmissions(YEAR), w.store.listSocieties()]))
    expect(detail.bytes).toBeLessThan(whole.bytes / 3)
  })

  it('still refuses a deactivated society, a passed deadline and a closed year, before writing', async () => {
    const w = await world()
    await w.save(0)
    const society = (await w.store.getSociety(w.societyId))!
    await w.store.putSociety({ ...society, active: false })
    const refused = await w.counted(() => w.save(1))
    expect(refused.result).toMatchObject({ ok: false, code: 'INVALID_STATE' })
    expect(refused.ops).not.toContain('submissions.update')
    await w.store.putSociety({ ...society, active: true })
    const year = (await w.store.getYear(YEAR))!
    await w.store.putYear({ ...year, deadline: '2020-01-01' })
    expect(await w.save(1)).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' })
    await w.store.putYear({ ...year, deadline: '2020-01-01', extensions: { [w.societyId]: '2099-01-01' } })
    expect(await w.save(1)).toMatchObject({ ok: true })
    await w.store.putYear({ ...year, status: 'closed' })
    expect(await w.save(2)).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' })
    expect(await w.call(FILLER, 'submission.submit', { year: YEAR })).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' })
  })
})
