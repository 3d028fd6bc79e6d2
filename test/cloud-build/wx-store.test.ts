import { COLLECTIONS, createWxStore, submissionKey } from '../../cloudfunctions/adapters/wx/wx-store'
import { MAX_DELIVERY_ATTEMPTS, type NotificationRecord, type SubmissionRecord, type UserRecord } from '../../cloudfunctions/core/ports'
import { fakeCloudDatabase } from './fake-cloud-db'
import { describeAdminStoreContract } from '../store/admin-store-contract'

const at = (minute: number) => new Date(Date.UTC(2024, 2, 5, 6, minute)).toISOString()

const submission = (overrides: Partial<SubmissionRecord> = {}): SubmissionRecord => ({
  id: 'sub-1',
  societyId: 'soc-1',
  year: 2022,
  status: 'draft',
  version: 1,
  answers: { 'B1.1': { kind: 'count', count: 3 } } as unknown as SubmissionRecord['answers'],
  itemVersions: { 'B1.1': 1 },
  evidence: { 'B1.1': ['cloud://env.bucket/evidence/soc-1/2022/B1.1/a.jpg'] },
  selfScore: { total: 2, max: 100, complete: false, groups: { B1: 2 }, items: { 'B1.1': 2 }, incomplete: ['B1.2'] },
  returnReasons: null,
  review: null,
  submittedAt: null,
  updatedAt: at(0),
  history: [],
  ...overrides,
})

const notification = (id: string, minute: number, overrides: Partial<NotificationRecord> = {}): NotificationRecord => ({
  id,
  recipient: 'oFiller_0123456789',
  kind: 'returned',
  title: '自评表已退回修改',
  body: '请补充',
  page: 'pages/home/index?year=2022',
  read: false,
  createdAt: at(minute),
  delivery: 'pending',
  deliveryError: null,
  attempts: 0,
  ...overrides,
})

const user = (openid: string, minute: number): UserRecord => ({
  openid,
  role: 'filler',
  societyId: 'soc-1',
  name: '张三',
  phone: '13800138000',
  createdAt: at(minute),
  updatedAt: at(minute),
})

describe('the Store over the cloud database', () => {
  it('keeps users under their openid and replaces them whole', async () => {
    const db = fakeCloudDatabase()
    const store = createWxStore(db)
    await store.putUser(user('oB_0123456789', 2))
    await store.putUser(user('oA_0123456789', 1))
    await store.putUser({ ...user('oB_0123456789', 2), role: 'reviewer', societyId: null })
    expect(await store.getUser('oB_0123456789')).toEqual({ ...user('oB_0123456789', 2), role: 'reviewer', societyId: null })
    expect(await store.getUser('oC_0123456789')).toBeNull()
    expect((await store.listUsers()).map((u) => u.openid)).toEqual(['oA_0123456789', 'oB_0123456789'])
    expect(db.tables.get(COLLECTIONS.users)?.has('oB_0123456789')).toBe(true)
  })

  it('finds a society by the hash of its binding code', async () => {
    const store = createWxStore(fakeCloudDatabase())
    const society = { id: 'soc-1', name: '自治区计算机学会', contact: '', bindingCodeHash: 'h1', createdAt: at(0), phone: '', active: true, reviewerOpenid: null }
    await store.putSociety(society)
    expect(await store.findSocietyByCodeHash('h1')).toEqual(society)
    expect(await store.findSocietyByCodeHash('h2')).toBeNull()
    await store.putSociety({ ...society, bindingCodeHash: 'h2' })
    expect(await store.findSocietyByCodeHash('h1')).toBeNull()
    expect(await store.listSocieties()).toEqual([{ ...society, bindingCodeHash: 'h2' }])
  })

  it('round-trips a submission whose maps are keyed by dotted item ids', async () => {
    const store = createWxStore(fakeCloudDatabase())
    const record = submission({ lastSavedBy: 'oFiller_0123456789' })
    expect(await store.insertSubmission(record)).toBe(true)
    expect(await store.getSubmission('sub-1')).toEqual(record)
    expect(await store.findSubmission('soc-1', 2022)).toEqual(record)
    expect(await store.findSubmission('soc-1', 2023)).toBeNull()
    expect(await store.listSubmissions(2022)).toEqual([record])
  })

  it('round-trips the evidence files of a submission, keyed by file ids with dots, slashes and colons', async () => {
    const store = createWxStore(fakeCloudDatabase())
    const fileId = 'cloud://env-1.7a3b/evidence/soc-1/2022/B1.2/x.pdf'
    const record = submission({
      evidence: { 'B1.2': [fileId] },
      evidenceFiles: {
        [fileId]: { kind: 'document', mime: 'application/pdf', name: '年检结果.pdf', size: 1234, sha256: 'ab'.repeat(32), dhash: null, registeredAt: at(1) },
      },
    })
    expect(await store.insertSubmission(record)).toBe(true)
    expect(await store.getSubmission('sub-1')).toEqual(record)
    expect(await store.updateSubmission({ ...record, version: 2, evidenceFiles: {} }, 1)).toBe(true)
    expect((await store.getSubmission('sub-1'))?.evidenceFiles).toEqual({})
  })

  it('keeps one submission per society and year', async () => {
    const db = fakeCloudDatabase()
    const store = createWxStore(db)
    expect(await store.insertSubmission(submission())).toBe(true)
    expect(await store.insertSubmission(submission({ id: 'sub-2' }))).toBe(false)
    expect(await store.insertSubmission(submission({ id: 'sub-3', year: 2023 }))).toBe(true)
    expect([...(db.tables.get(COLLECTIONS.submissions)?.keys() ?? [])].sort()).toEqual([
      submissionKey('soc-1', 2022),
      submissionKey('soc-1', 2023),
    ])
    expect((await store.findSubmission('soc-1', 2022))?.id).toBe('sub-1')
  })

  it('updates a submission only from the version it was read at', async () => {
    const store = createWxStore(fakeCloudDatabase())
    await store.insertSubmission(submission())
    const next = submission({ version: 2, status: 'submitted', answers: {}, itemVersions: {}, updatedAt: at(5) })
    expect(await store.updateSubmission(next, 1)).toBe(true)
    expect(await store.updateSubmission({ ...next, version: 3 }, 1)).toBe(false)
    expect(await store.getSubmission('sub-1')).toEqual(next)
  })

  it('lists a recipient’s notifications newest first, counts and marks them read', async () => {
    const store = createWxStore(fakeCloudDatabase())
    for (const [id, minute] of [['n1', 1], ['n2', 2], ['n3', 3]] as const) await store.insertNotification(notification(id, minute))
    await store.insertNotification(notification('other', 4, { recipient: 'oOther_0123456789' }))

    const page = await store.listNotifications('oFiller_0123456789', 1, 1)
    expect(page).toEqual({ total: 3, rows: [notification('n2', 2)] })
    expect(await store.countUnread('oFiller_0123456789')).toBe(3)

    await store.markRead('oFiller_0123456789', ['n1', 'other'])
    expect(await store.countUnread('oFiller_0123456789')).toBe(2)
    expect(await store.countUnread('oOther_0123456789')).toBe(1)
    await store.markRead('oFiller_0123456789', [])
    await store.markRead('oFiller_0123456789', 'all')
    expect(await store.countUnread('oFiller_0123456789')).toBe(0)
  })

  it('lists the failed deliveries with attempts left, oldest first, and records the outcome', async () => {
    const store = createWxStore(fakeCloudDatabase())
    await store.insertNotification(notification('sent', 1, { delivery: 'sent' }))
    await store.insertNotification(notification('failed', 2, { delivery: 'failed', deliveryError: '47003', attempts: 1 }))
    await store.insertNotification(notification('refused', 3, { delivery: 'refused', deliveryError: '43101' }))
    await store.insertNotification(notification('pending', 4))
    await store.insertNotification(notification('exhausted', 5, { delivery: 'failed', attempts: MAX_DELIVERY_ATTEMPTS }))
    await store.insertNotification(notification('failed2', 6, { delivery: 'failed', deliveryError: '-1', attempts: 2 }))
    expect((await store.listUndelivered(10, at(0))).map((n) => n.id)).toEqual(['failed', 'failed2'])
    expect((await store.listUndelivered(1, at(0))).map((n) => n.id)).toEqual(['failed'])
    expect((await store.listUndelivered(10, at(5))).map((n) => n.id)).toEqual(['failed', 'pending', 'failed2'])

    await store.updateNotification(notification('failed', 2, { delivery: 'sent', attempts: 2 }))
    expect((await store.listUndelivered(10, at(0))).map((n) => n.id)).toEqual(['failed2'])
  })

  it('keeps audit entries with any before/after value, in order', async () => {
    const store = createWxStore(fakeCloudDatabase())
    const first = { id: 'a1', actor: 'oR_0123456789', action: 'review.saveScores', target: 'sub-1', before: { 'B1.1': 2 }, after: { 'B1.1': 3 }, at: at(1) }
    const second = { ...first, id: 'a2', before: null, after: 'text', at: at(2) }
    await store.appendAudit(second)
    await store.appendAudit(first)
    await store.appendAudit({ ...first, id: 'a3', target: 'sub-2' })
    expect(await store.listAudit('sub-1')).toEqual([first, second])
  })

  it('counts hits per key and window, forgetting the key’s older windows', async () => {
    const db = fakeCloudDatabase()
    const store = createWxStore(db)
    expect(await store.hit('write:oA', 60_000, 2)).toBe(true)
    expect(await store.hit('write:oA', 60_000, 2)).toBe(true)
    expect(await store.hit('write:oA', 60_000, 2)).toBe(false)
    expect(await store.hit('write:oB', 60_000, 2)).toBe(true)
    expect(await store.hit('write:oA', 120_000, 2)).toBe(true)
    const steady = db.ops.length
    expect(await store.hit('write:oA', 120_000, 2)).toBe(true)
    expect(db.ops.slice(steady)).toEqual(['rate_hits.update'])
    expect([...(db.tables.get(COLLECTIONS.rateHits)?.keys() ?? [])].sort()).toEqual(['write:oA@120000', 'write:oB@60000'])
  })

  it('keeps a year under its number as text, its settings as JSON so that society ids with dots survive', async () => {
    const db = fakeCloudDatabase()
    const store = createWxStore(db)
    const year = {
      year: 2023,
      status: 'open' as const,
      rubricFrom: 2022,
      deadline: '2023-03-31',
      extensions: { 'soc.1': '2023-04-15' },
      gradeBands: [{ label: '合格', min: 60 }, { label: '不合格', min: 0 }],
      openedAt: at(0),
      closedAt: null,
      updatedAt: at(0),
    }
    expect(await store.insertYear(year)).toBe(true)
    expect(await store.insertYear({ ...year, deadline: null })).toBe(false)
    expect(await store.getYear(2023)).toEqual(year)
    expect(db.tables.get(COLLECTIONS.years)?.get('2023')).toMatchObject({ year: 2023, record: JSON.stringify(year) })
  })
})

describeAdminStoreContract('cloud database', async () => createWxStore(fakeCloudDatabase()))
describe('the reviewer list over the cloud database', () => {
  it('reads list rows through a projection, and cuts rows from documents written before rows were kept', async () => {
    const db = fakeCloudDatabase()
    const store = createWxStore(db)
    await store.insertSubmission(submission())
    await store.insertSubmission(submission({ id: 'sub-2', societyId: 'soc-2', updatedAt: at(5) }))
    const old = db.tables.get(COLLECTIONS.submissions)!.get(submissionKey('soc-2', 2022))!
    delete old.row
    db.readBytes = 0
    const rows = await store.listSubmissionRows(2022)
    expect(rows.map((r) => [r.id, r.selfTotal, r.answeredCount])).toEqual([
      ['sub-2', 2, 0],
      ['sub-1', 2, 0],
    ])
    const oneRecord = JSON.stringify(db.tables.get(COLLECTIONS.submissions)!.get(submissionKey('soc-1', 2022))!.record).length
    expect(db.readBytes).toBeLessThan(oneRecord * 2 + 600) // the old document whole, the new one as a row only
  })
})

describe('the reviewer duplicate check over the cloud database', () => {
  it('reads the year’s photos through a projection, and reads documents written before photos were kept whole', async () => {
    const db = fakeCloudDatabase()
    const store = createWxStore(db)
    const file = { kind: 'photo' as const, mime: 'image/jpeg', name: 'a.jpg', size: 1000, sha256: 'ab'.repeat(32), dhash: '0f1e2d3c4b5a6978', registeredAt: at(1) }
    const filled = (id: string, societyId: string) =>
      submission({ id, societyId, answers: { 'B1.2': { checks: { a: true }, remark: '很长的说明'.repeat(200) } }, evidence: { 'B1.2': [`cloud://${id}.jpg`] }, evidenceFiles: { [`cloud://${id}.jpg`]: file } })
    await store.insertSubmission(filled('sub-1', 'soc-1'))
    await store.insertSubmission(filled('sub-2', 'soc-2'))
    const old = db.tables.get(COLLECTIONS.submissions)!.get(submissionKey('soc-2', 2022))!
    delete old.photos
    db.readBytes = 0
    const photos = await store.listYearPhotos(2022)
    expect(photos.map((p) => [p.submissionId, p.societyId, p.itemId, p.fileId, p.dhash]).sort()).toEqual([
      ['sub-1', 'soc-1', 'B1.2', 'cloud://sub-1.jpg', file.dhash],
      ['sub-2', 'soc-2', 'B1.2', 'cloud://sub-2.jpg', file.dhash],
    ])
    const oneRecord = JSON.stringify(db.tables.get(COLLECTIONS.submissions)!.get(submissionKey('soc-1', 2022))!.record).length
    expect(db.readBytes).toBeLessThan(oneRecord * 1.5) // the old document whole, the new one's photos only
  })
})
