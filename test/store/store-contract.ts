import { MAX_DELIVERY_ATTEMPTS, type Store, type SubmissionListQuery } from '../../cloudfunctions/core/ports'
import { notification, reminder, society, submission, user, yearRecord } from './records'

export type TestStore = Store & { close?(): void }

/** What every Store adapter must do, whatever it stores into. Run it against each adapter. */
export function describeStoreContract(name: string, makeStore: () => Promise<TestStore>): void {
  describe(`Store contract: ${name}`, () => {
    let store: TestStore
    beforeEach(async () => {
      store = await makeStore()
    })
    afterEach(() => store.close?.())

    describe('users', () => {
      it('returns null for an unknown openid and the record once put', async () => {
        expect(await store.getUser('o-1')).toBeNull()
        await store.putSociety(society('s1'))
        const filler = user('o-1', { role: 'filler', societyId: 's1', name: '张三', phone: '13800138000' })
        await store.putUser(filler)
        expect(await store.getUser('o-1')).toEqual(filler)
      })

      it('replaces a user on a second put and lists every user once', async () => {
        await store.putUser(user('o-1'))
        await store.putUser(user('o-2'))
        await store.putUser(user('o-1', { role: 'reviewer', name: '李四', updatedAt: '2023-05-01T00:00:00.000Z' }))
        expect(await store.getUser('o-1')).toMatchObject({ role: 'reviewer', name: '李四' })
        expect((await store.listUsers()).map((u) => u.openid).sort()).toEqual(['o-1', 'o-2'])
      })

      it('lists the users of one role, oldest first', async () => {
        await store.putUser(user('o-new', { role: 'reviewer', createdAt: '2023-02-01T00:00:00.000Z' }))
        await store.putUser(user('o-filler', { role: 'filler' }))
        await store.putUser(user('o-old', { role: 'reviewer', createdAt: '2023-01-01T00:00:00.000Z' }))
        await store.putUser(user('o-none', { role: null }))
        expect((await store.listUsersByRole('reviewer')).map((u) => u.openid)).toEqual(['o-old', 'o-new'])
        expect(await store.listUsersByRole('reviewer')).toContainEqual(user('o-new', { role: 'reviewer', createdAt: '2023-02-01T00:00:00.000Z' }))
        expect(await store.listUsersByRole('admin')).toEqual([])
      })
    })

    describe('societies', () => {
      it('finds a society by id and by the hash of its binding code, and forgets an old hash', async () => {
        await store.putSociety(society('s1'))
        expect(await store.getSociety('s1')).toEqual(society('s1'))
        expect(await store.findSocietyByCodeHash('hash-s1')).toEqual(society('s1'))
        await store.putSociety(society('s1', { bindingCodeHash: 'hash-new' }))
        expect(await store.findSocietyByCodeHash('hash-s1')).toBeNull()
        expect((await store.findSocietyByCodeHash('hash-new'))?.id).toBe('s1')
        expect(await store.getSociety('nope')).toBeNull()
      })

      it('lists every society', async () => {
        await store.putSociety(society('s1'))
        await store.putSociety(society('s2'))
        expect((await store.listSocieties()).map((s) => s.id).sort()).toEqual(['s1', 's2'])
      })
    })

    describe('submissions', () => {
      beforeEach(async () => {
        await store.putSociety(society('s1'))
        await store.putSociety(society('s2'))
      })

      it('round-trips a full submission exactly, every nested part included', async () => {
        const full = submission('sub-1', 's1')
        expect(await store.insertSubmission(full)).toBe(true)
        expect(await store.getSubmission('sub-1')).toEqual(full)
        expect(await store.findSubmission('s1', 2022)).toEqual(full)
      })

      it('keeps one submission per society and year: a second insert returns false and changes nothing', async () => {
        expect(await store.insertSubmission(submission('sub-1', 's1'))).toBe(true)
        expect(await store.insertSubmission(submission('sub-2', 's1', { version: 0 }))).toBe(false)
        expect(await store.getSubmission('sub-2')).toBeNull()
        expect((await store.findSubmission('s1', 2022))?.version).toBe(7)
        expect(await store.insertSubmission(submission('sub-3', 's1', { year: 2023 }))).toBe(true)
        expect(await store.insertSubmission(submission('sub-4', 's2'))).toBe(true)
      })

      it('updates only when the stored version is the expected one', async () => {
        await store.insertSubmission(submission('sub-1', 's1', { version: 1 }))
        const next = submission('sub-1', 's1', { version: 2, status: 'reviewed', returnReasons: null, review: null })
        expect(await store.updateSubmission(next, 1)).toBe(true)
        expect(await store.getSubmission('sub-1')).toEqual(next)
        const stale = submission('sub-1', 's1', { version: 2, status: 'draft' })
        expect(await store.updateSubmission(stale, 1)).toBe(false)
        expect((await store.getSubmission('sub-1'))?.status).toBe('reviewed')
        expect(await store.updateSubmission(submission('missing', 's1'), 7)).toBe(false)
      })

      it('reads a submission together with its society and its year; each part null when not stored', async () => {
        const full = submission('sub-1', 's1')
        await store.insertSubmission(full)
        await store.insertYear(yearRecord(2022, { rubricFrom: null }))
        expect(await store.findSubmissionWithContext('s1', 2022)).toEqual({ submission: full, society: society('s1'), year: yearRecord(2022, { rubricFrom: null }) })
        expect(await store.findSubmissionWithContext('s2', 2022)).toEqual({ submission: null, society: society('s2'), year: yearRecord(2022, { rubricFrom: null }) })
        await store.insertSubmission(submission('sub-2', 's2', { year: 2023 }))
        expect(await store.findSubmissionWithContext('s2', 2023)).toEqual({ submission: submission('sub-2', 's2', { year: 2023 }), society: society('s2'), year: null })
        expect(await store.findSubmissionWithContext('nope', 2024)).toEqual({ submission: null, society: null, year: null })
      })

      it('stores an audit entry given with an update in the same write, and none when the update is refused', async () => {
        await store.insertSubmission(submission('sub-1', 's1', { version: 1 }))
        const entry = (id: string, at: string) => ({
          id,
          actor: 'o-filler',
          action: 'submission.submit',
          target: 'sub-1',
          before: { status: 'draft' },
          after: { status: 'submitted', selfTotal: 88.5 },
          at,
        })
        await store.appendAudit({ ...entry('a0', '2023-01-01T00:00:00.000Z'), action: 'review.return' })
        expect(await store.updateSubmission(submission('sub-1', 's1', { version: 2 }), 1, entry('a1', '2023-01-02T00:00:00.000Z'))).toBe(true)
        expect(await store.updateSubmission(submission('sub-1', 's1', { version: 3 }), 1, entry('lost', '2023-01-03T00:00:00.000Z'))).toBe(false)
        expect(await store.updateSubmission(submission('sub-1', 's1', { version: 3 }), 2)).toBe(true)
        await store.appendAudit({ ...entry('a2', '2023-01-04T00:00:00.000Z'), action: 'review.finalize' })
        expect(await store.updateSubmission(submission('sub-1', 's1', { version: 4 }), 3, entry('a3', '2023-01-05T00:00:00.000Z'))).toBe(true)
        expect((await store.listAudit('sub-1')).map((e) => e.id)).toEqual(['a0', 'a1', 'a2', 'a3'])
        expect((await store.listAudit('sub-1'))[1]).toEqual(entry('a1', '2023-01-02T00:00:00.000Z'))
        expect((await store.getSubmission('sub-1'))?.version).toBe(4)
        expect(await store.listAudit('sub-2')).toEqual([])
      })

      it('lists the submissions of one year', async () => {
        await store.insertSubmission(submission('a', 's1'))
        await store.insertSubmission(submission('b', 's2'))
        await store.insertSubmission(submission('c', 's1', { year: 2023 }))
        expect((await store.listSubmissions(2022)).map((s) => s.id).sort()).toEqual(['a', 'b'])
        expect(await store.listSubmissions(2030)).toEqual([])
      })

      it('lists the photos registered in one year with their submission and society, never documents or files no longer listed', async () => {
        const photo = submission('a', 's1').evidenceFiles!['local:evidence/s1/2022/B1.2/a.jpg']!
        await store.insertSubmission(submission('a', 's1'))
        const evidenceFiles = { 'local:b/1.jpg': { ...photo, dhash: null }, 'local:b/removed.jpg': photo }
        await store.insertSubmission(submission('b', 's2', { evidence: { 'B2.1': ['local:b/1.jpg'] }, evidenceFiles }))
        await store.insertSubmission(submission('c', 's1', { year: 2023 }))
        const photos = (await store.listYearPhotos(2022)).sort((x, y) => x.fileId.localeCompare(y.fileId))
        expect(photos).toEqual([
          { submissionId: 'b', societyId: 's2', itemId: 'B2.1', fileId: 'local:b/1.jpg', sha256: photo.sha256, dhash: null },
          { submissionId: 'a', societyId: 's1', itemId: 'B1.2', fileId: 'local:evidence/s1/2022/B1.2/a.jpg', sha256: photo.sha256, dhash: photo.dhash },
        ])
        expect(await store.listYearPhotos(2030)).toEqual([])
      })

      it('pages through one year by id, each page after the last id of the previous one', async () => {
        for (const id of ['e', 'a', 'd', 'b', 'c', 'z']) await store.putSociety(society(`s-${id}`))
        for (const id of ['e', 'a', 'd', 'b', 'c']) await store.insertSubmission(submission(id, `s-${id}`))
        await store.insertSubmission(submission('z', 's-z', { year: 2023 }))
        const first = await store.pageSubmissions(2022, null, 2)
        const second = await store.pageSubmissions(2022, first[1]!.id, 2)
        const third = await store.pageSubmissions(2022, second[1]!.id, 2)
        expect([first, second, third].map((page) => page.map((s) => s.id))).toEqual([['a', 'b'], ['c', 'd'], ['e']])
        expect(await store.pageSubmissions(2022, 'e', 2)).toEqual([])
      })
    })

    describe('the reviewers’ list', () => {
      const page = (query: Partial<SubmissionListQuery> = {}) =>
        store.listSubmissionPage({ year: 2022, sort: 'name', offset: 0, limit: 10, ...query })
      beforeEach(async () => {
        await store.putSociety(society('s1', { name: '天文学会' }))
        await store.putSociety(society('s2', { name: '植物学会' }))
        await store.putSociety(society('s3', { name: '地理学会' }))
        await store.putSociety(society('s4', { name: '阿尔泰AB学会' }))
        const self = (total: number) => ({ ...submission('x', 'x').selfScore, total })
        await store.insertSubmission(submission('a', 's1', { status: 'submitted', selfScore: self(80), updatedAt: '2023-02-01T00:00:00.000Z' }))
        await store.insertSubmission(
          submission('b', 's2', { status: 'reviewed', selfScore: self(90), finalTotal: 70, updatedAt: '2023-02-03T00:00:00.000Z' }),
        )
        await store.insertSubmission(submission('c', 's3', { status: 'draft', selfScore: self(20), year: 2023 }))
      })
      const ids = async (query: Partial<SubmissionListQuery> = {}) =>
        (await page(query)).rows.map((r) => `${r.society.id}:${r.submission?.id ?? '-'}`)

      it('lists every society with its submission of the year or none, and counts per status', async () => {
        const all = await page()
        expect(all.total).toBe(4)
        expect(all.counts).toEqual({ draft: 0, submitted: 1, returned: 0, reviewed: 1, 'not-started': 2 })
        expect(all.rows.find((r) => r.society.id === 'b' || r.submission?.id === 'b')?.submission).toEqual(
          expect.objectContaining({ id: 'b', societyId: 's2', status: 'reviewed', selfTotal: 90, updatedAt: '2023-02-03T00:00:00.000Z' }),
        )
        expect(all.rows.find((r) => r.society.id === 's3')).toEqual({ society: expect.objectContaining({ name: '地理学会' }), submission: null })
      })

      it('orders by name in pinyin, by the ranking total (final once reviewed) with those not started last, by update', async () => {
        expect(await ids()).toEqual(['s4:-', 's3:-', 's1:a', 's2:b'])
        expect(await ids({ sort: 'score-desc' })).toEqual(['s1:a', 's2:b', 's4:-', 's3:-'])
        expect(await ids({ sort: 'score-asc' })).toEqual(['s2:b', 's1:a', 's4:-', 's3:-'])
        expect(await ids({ sort: 'updated' })).toEqual(['s2:b', 's1:a', 's4:-', 's3:-'])
      })

      it('narrows to one reviewer’s societies (我负责的), the counts with it', async () => {
        await store.putSociety(society('s1', { name: '天文学会', reviewerOpenid: 'o-rev' }))
        await store.putSociety(society('s4', { name: '阿尔泰AB学会', reviewerOpenid: 'o-rev' }))
        await store.putSociety(society('s2', { name: '植物学会', reviewerOpenid: 'o-other' }))
        const mine = await page({ reviewer: 'o-rev' })
        expect(mine.rows.map((r) => r.society.id)).toEqual(['s4', 's1'])
        expect(mine).toMatchObject({ total: 2, counts: { submitted: 1, reviewed: 0, 'not-started': 1 } })
        expect(mine.narrowed).toBe(true)
        expect(await page({ reviewer: 'o-nobody' })).toMatchObject({ total: 0, narrowed: true })
        expect(await page({ reviewer: 'o-nobody', allWhenNoneAssigned: true })).toMatchObject({ total: 4, narrowed: false })
        expect(await page({ reviewer: 'o-rev', allWhenNoneAssigned: true })).toMatchObject({ total: 2, narrowed: true })
        expect(await page()).toMatchObject({ total: 4, narrowed: false })
      })

      it('filters by status and name (any case), pages, and keeps the counts of the whole year', async () => {
        expect(await ids({ status: 'not-started' })).toEqual(['s4:-', 's3:-'])
        expect(await ids({ search: 'ab' })).toEqual(['s4:-'])
        const second = await page({ offset: 1, limit: 2 })
        expect(second.rows.map((r) => r.society.id)).toEqual(['s3', 's1'])
        expect((await page({ status: 'reviewed' })).counts['not-started']).toBe(2)
        expect((await page({ status: 'reviewed' })).total).toBe(1)
        expect((await page({ year: 2023 })).counts).toEqual({ draft: 1, submitted: 0, returned: 0, reviewed: 0, 'not-started': 3 })
      })

      it('remembers when each reviewer last opened each submission', async () => {
        expect(await store.listSeen('r1', ['a', 'b'])).toEqual({})
        await store.markSeen('r1', 'a', '2023-03-01T00:00:00.000Z')
        await store.markSeen('r1', 'a', '2023-03-02T00:00:00.000Z')
        await store.markSeen('r2', 'b', '2023-03-01T00:00:00.000Z')
        expect(await store.listSeen('r1', ['a', 'b'])).toEqual({ a: '2023-03-02T00:00:00.000Z' })
        expect(await store.listSeen('r2', ['a', 'b'])).toEqual({ b: '2023-03-01T00:00:00.000Z' })
        expect(await store.listSeen('r2', [])).toEqual({})
      })
    })

    describe('notifications', () => {
      const at = (minute: number) => `2023-03-01T00:${String(minute).padStart(2, '0')}:00.000Z`
      beforeEach(async () => {
        for (let i = 1; i <= 5; i++) await store.insertNotification(notification(`n${i}`, 'alice', { createdAt: at(i) }))
        await store.insertNotification(notification('b1', 'bob', { createdAt: at(9) }))
      })

      it('lists a recipient’s own, newest first, page by page, with the total', async () => {
        const first = await store.listNotifications('alice', 0, 2)
        expect(first.total).toBe(5)
        expect(first.rows.map((n) => n.id)).toEqual(['n5', 'n4'])
        expect((await store.listNotifications('alice', 4, 2)).rows.map((n) => n.id)).toEqual(['n1'])
        expect(first.rows[0]).toEqual(notification('n5', 'alice', { createdAt: at(5) }))
      })

      it('inserts several at once', async () => {
        await store.insertNotifications([notification('m1', 'dave', { createdAt: at(20) }), notification('m2', 'erin', { createdAt: at(21) })])
        await store.insertNotifications([])
        expect((await store.listNotifications('dave', 0, 10)).rows).toEqual([notification('m1', 'dave', { createdAt: at(20) })])
        expect(await store.countUnread('erin')).toBe(1)
      })

      it('marks read only the recipient’s own, by id or all, and counts the unread', async () => {
        await store.markRead('alice', ['n1', 'n2', 'b1'])
        expect(await store.countUnread('alice')).toBe(3)
        expect(await store.countUnread('bob')).toBe(1)
        await store.markRead('alice', 'all')
        expect(await store.countUnread('alice')).toBe(0)
        expect(await store.countUnread('bob')).toBe(1)
      })

      it('lists as due for retry only the failed with attempts left, oldest first', async () => {
        const update = async (id: string, delivery: 'sent' | 'refused' | 'failed', attempts = 1) => {
          const [found] = (await store.listNotifications('alice', 0, 10)).rows.filter((n) => n.id === id)
          await store.updateNotification({ ...found!, delivery, deliveryError: delivery === 'sent' ? null : 'x', attempts })
        }
        await update('n1', 'sent')
        await update('n2', 'refused')
        await update('n3', 'failed')
        await update('n4', 'failed', MAX_DELIVERY_ATTEMPTS)
        await update('n5', 'failed', 2)
        const due = await store.listUndelivered(10, at(0))
        expect(due.map((n) => n.id)).toEqual(['n3', 'n5'])
        expect(due[0]).toMatchObject({ delivery: 'failed', deliveryError: 'x', attempts: 1 })
        expect((await store.listUndelivered(1, at(0))).map((n) => n.id)).toEqual(['n3'])
      })

      it('lists a first send still pending since before the cut-off, oldest first among the failed', async () => {
        const [n2] = (await store.listNotifications('alice', 0, 10)).rows.filter((n) => n.id === 'n2')
        await store.updateNotification({ ...n2!, delivery: 'failed', deliveryError: 'x', attempts: 1 })
        expect((await store.listUndelivered(10, at(4))).map((n) => n.id)).toEqual(['n1', 'n2', 'n3'])
        expect((await store.listUndelivered(10, at(0))).map((n) => n.id)).toEqual(['n2'])
      })

      it('never lets exhausted failures crowd out a newer one', async () => {
        for (let i = 0; i < 105; i++) {
          await store.insertNotification(
            notification(`old${i}`, 'carol', { delivery: 'failed', deliveryError: 'x', attempts: MAX_DELIVERY_ATTEMPTS }),
          )
        }
        await store.insertNotification(notification('new', 'carol', { createdAt: at(30), delivery: 'failed', attempts: 1 }))
        expect((await store.listUndelivered(100, at(0))).map((n) => n.id)).toEqual(['new'])
      })
    })

    it('appends audit entries and lists those of a target in order, before and after intact', async () => {
      const entry = (id: string, target: string, after: unknown) => ({
        id,
        actor: 'o-reviewer',
        action: 'review.saveScores B6.1',
        target,
        before: null,
        after,
        at: '2023-03-01T00:00:00.000Z',
      })
      await store.appendAudit(entry('a1', 'sub-1', { finalScore: 3, comment: '材料不足' }))
      await store.appendAudit(entry('a2', 'sub-2', 1))
      await store.appendAudit(entry('a3', 'sub-1', { status: 'reviewed' }))
      expect(await store.listAudit('sub-1')).toEqual([
        entry('a1', 'sub-1', { finalScore: 3, comment: '材料不足' }),
        entry('a3', 'sub-1', { status: 'reviewed' }),
      ])
    })

    describe('years and reminders', () => {
      it('keeps one record per year: a second insert returns false; a put replaces it; listed oldest first', async () => {
        expect(await store.getYear(2023)).toBeNull()
        expect(await store.insertYear(yearRecord(2023))).toBe(true)
        expect(await store.insertYear(yearRecord(2023, { deadline: '2024-01-01' }))).toBe(false)
        expect(await store.getYear(2023)).toEqual(yearRecord(2023))
        await store.insertYear(yearRecord(2022, { rubricFrom: null }))
        const changed = yearRecord(2023, { status: 'closed', closedAt: '2024-05-01T00:00:00.000Z', extensions: { 's1.x': '2024-04-15' } })
        await store.putYear(changed)
        expect(await store.getYear(2023)).toEqual(changed)
        expect((await store.listYears()).map((y) => y.year)).toEqual([2022, 2023])
      })

      it('lists the reminders of one year in the order sent, deliveries intact', async () => {
        await store.insertReminder(reminder('r1', 2023, 's1', '2023-03-01T00:00:00.000Z'))
        await store.insertReminder(reminder('r2', 2022, 's1', '2023-03-02T00:00:00.000Z'))
        await store.insertReminder(reminder('r3', 2023, 's2', '2023-03-03T00:00:00.000Z'))
        expect(await store.listReminders(2023)).toEqual([
          reminder('r1', 2023, 's1', '2023-03-01T00:00:00.000Z'),
          reminder('r3', 2023, 's2', '2023-03-03T00:00:00.000Z'),
        ])
      })
    })

    it('counts hits per key and per window', async () => {
      expect(await store.hit('write:a', 60_000, 2)).toBe(true)
      expect(await store.hit('write:a', 60_000, 2)).toBe(true)
      expect(await store.hit('write:a', 60_000, 2)).toBe(false)
      expect(await store.hit('write:b', 60_000, 2)).toBe(true)
      expect(await store.hit('write:a', 120_000, 2)).toBe(true)
      expect(await store.hit('write:a', 120_000, 2)).toBe(true)
      expect(await store.hit('write:a', 120_000, 2)).toBe(false)
    })
  })
}
