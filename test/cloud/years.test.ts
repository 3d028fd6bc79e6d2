import { getRubric, rubricItems } from '../../src/shared'
import { ADMIN, FILLER_A, FILLER_B, REVIEWER, YEAR, fullMarks, useHarness } from './harness'

const h = useHarness()
const NEXT = YEAR + 1

const openNext = () => h.ok(ADMIN, 'admin.openYear', { year: NEXT })
const saveIn = async (openid: string, year: number, patch: Record<string, unknown>) => {
  const { version } = await h.ok(openid, 'submission.get', { year })
  return h.call(openid, 'submission.saveAnswers', { year, baseVersion: version, patch })
}

describe('the current year lives in the store', () => {
  it('is 2022 in a store with no years record, with no deadline', async () => {
    expect((await h.ok(FILLER_A, 'account.whoami', {})).currentYear).toEqual({ year: 2022, status: 'open', deadline: null })
    expect(await h.ok(REVIEWER, 'review.years', {})).toMatchObject({ current: 2022, years: [{ year: 2022, rubricFrom: null }] })
  })

  it('moves on when the admin opens the next year; the old year stays readable', async () => {
    await h.submitComplete(FILLER_A)
    await openNext()
    expect((await h.ok(FILLER_A, 'account.whoami', {})).currentYear.year).toBe(NEXT)
    const years = await h.ok(REVIEWER, 'review.years', {})
    expect(years.current).toBe(NEXT)
    expect(years.years.map((y) => [y.year, y.rubricFrom, y.title])).toEqual([
      [2022, null, '自治区学会（协会、研究会）2022年度工作绩效评价自评表'],
      [2023, 2022, '自治区学会（协会、研究会）2023年度工作绩效评价自评表'],
    ])
    expect(await h.ok(FILLER_A, 'submission.result', { year: YEAR })).toMatchObject({ status: 'submitted', year: YEAR })
  })
})

describe('admin.openYear', () => {
  it('previews the new wording without writing anything', async () => {
    const preview = await h.ok(ADMIN, 'admin.openYear', { year: NEXT, dryRun: true })
    expect(preview.opened).toBe(false)
    expect(preview.changes).toContainEqual({ where: 'B12.3 评价指标', before: '2022年工作总结、2023年计划', after: '2023年工作总结、2024年计划' })
    expect(await h.store.listYears()).toEqual([])
    expect((await h.fail(FILLER_A, 'submission.get', { year: NEXT })).code).toBe('NOT_FOUND')
  })

  it('opens only the year after the latest, once, carrying the grade bands over', async () => {
    await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, gradeBands: [{ label: '好', min: 85 }, { label: '差', min: 0 }] })
    expect((await h.fail(ADMIN, 'admin.openYear', { year: NEXT + 1 })).message).toContain('只能开启紧接着的下一年度（2023年度）')
    const opened = await openNext()
    expect(opened).toMatchObject({ opened: true, year: { year: NEXT, status: 'open', deadline: null } })
    expect(opened.year.gradeBands).toEqual([{ label: '好', min: 85 }, { label: '差', min: 0 }])
    expect((await h.fail(ADMIN, 'admin.openYear', { year: NEXT })).code).toBe('INVALID_STATE')
    expect((await h.store.listYears()).map((y) => y.year)).toEqual([2022, 2023])
  })

  it('gives the new year’s form the rolled-over rubric, scored by the server with it', async () => {
    await openNext()
    const view = await h.ok(FILLER_A, 'submission.get', { year: NEXT })
    expect(view).toMatchObject({ year: NEXT, status: 'draft' })
    const { version } = view
    await h.ok(FILLER_A, 'submission.saveAnswers', { year: NEXT, baseVersion: version, patch: fullMarks })
    const submitted = await h.ok(FILLER_A, 'submission.submit', { year: NEXT })
    expect(submitted.selfScore).toMatchObject({ total: 110, complete: true })
    const stored = await h.ok(FILLER_A, 'submission.get', { year: NEXT })
    expect(rubricItems(getRubric(NEXT)).map((i) => i.id)).toEqual(Object.keys(stored.selfScore.items))
  })
})

describe('the deadline (填报截止)', () => {
  beforeEach(async () => {
    await openNext()
    await h.ok(ADMIN, 'admin.updateYear', { year: NEXT, deadline: '2023-03-31', extensions: { [h.societyB.id]: '2023-04-15' } })
  })

  it('lets fillers edit through the whole deadline day in Beijing, then refuses edits and submitting by name', async () => {
    h.clock.set('2023-03-31T15:59:00.000Z') // 23:59 in Beijing
    expect((await saveIn(FILLER_A, NEXT, { 'B1.1': { checks: { a: true } } })).ok).toBe(true)
    h.clock.set('2023-03-31T16:00:00.000Z')
    const refused = await saveIn(FILLER_A, NEXT, { 'B1.2': { checks: { a: true } } })
    expect(refused).toMatchObject({ ok: false, code: 'DEADLINE_PASSED', message: '2023年度填报已于2023年3月31日截止' })
    expect(await h.fail(FILLER_A, 'submission.submit', { year: NEXT })).toMatchObject({ code: 'DEADLINE_PASSED' })
    expect((await h.ok(FILLER_A, 'submission.get', { year: NEXT })).answers).not.toHaveProperty('B1.2')
  })

  it('gives a society with an extension its own later deadline, and tells its filler', async () => {
    h.clock.set('2023-04-10T00:00:00.000Z')
    expect((await saveIn(FILLER_B, NEXT, { 'B1.1': { checks: { a: true } } })).ok).toBe(true)
    expect((await h.ok(FILLER_B, 'account.whoami', {})).currentYear.deadline).toBe('2023-04-15')
    expect((await h.ok(FILLER_A, 'account.whoami', {})).currentYear.deadline).toBe('2023-03-31')
    await h.ok(ADMIN, 'admin.updateYear', { year: NEXT, extensions: { [h.societyB.id]: null } })
    expect(await saveIn(FILLER_B, NEXT, { 'B1.2': { checks: { a: true } } })).toMatchObject({ code: 'DEADLINE_PASSED' })
  })

  it('refuses an extension for a society that does not exist, and a date that is not one', async () => {
    expect((await h.fail(ADMIN, 'admin.updateYear', { year: NEXT, extensions: { 'no-such': '2023-04-01' } })).code).toBe('NOT_FOUND')
    const bad = await h.fail(ADMIN, 'admin.updateYear', { year: NEXT, deadline: '2023-02-30' })
    expect(bad).toMatchObject({ code: 'INVALID_INPUT' })
    expect(bad.message).toContain('填报截止日期应为日期')
  })
})

describe('grade bands of a year', () => {
  it('are the defaults until changed, and refused with the band problems when wrong', async () => {
    const [first] = (await h.ok(REVIEWER, 'review.years', {})).years
    expect(first!.gradeBands.map((b) => b.label)).toEqual(['优秀', '良好', '合格', '不合格'])
    const bad = await h.fail(ADMIN, 'admin.updateYear', { year: YEAR, gradeBands: [{ label: '优秀', min: 80 }, { label: '良好', min: 90 }] })
    expect(bad.code).toBe('INVALID_INPUT')
    expect(bad.message).toContain('“良好”的分数线须低于“优秀”')
    expect(bad.message).toContain('最低一档的分数线须为0')
  })

  it('grade a finalized submission in the reviewer’s list and its view, as the admin last set them', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    const final = await h.ok(REVIEWER, 'review.finalize', { submissionId: id })
    const total = final.finalScore!.total
    const gradeInList = async () => (await h.ok(REVIEWER, 'review.list', { year: YEAR, status: 'reviewed' })).rows[0]!.grade
    expect(await gradeInList()).toBe(total >= 90 ? '优秀' : total >= 80 ? '良好' : total >= 60 ? '合格' : '不合格')
    await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, gradeBands: [{ label: '达标', min: total }, { label: '未达标', min: 0 }] })
    expect(await gradeInList()).toBe('达标')
    expect((await h.ok(REVIEWER, 'review.get', { submissionId: id })).grade).toBe('达标')
    // The total is the form's maximum (110): a threshold above it could never be reached, and is refused.
    expect(total).toBe(110)
    const beyond = await h.fail(ADMIN, 'admin.updateYear', { year: YEAR, gradeBands: [{ label: '达标', min: total + 0.5 }, { label: '未达标', min: 0 }] })
    expect(beyond).toMatchObject({ code: 'INVALID_INPUT', message: '等级划分：“达标”的分数线110.5超过了满分110分' })
    expect(await gradeInList()).toBe('达标')
  })
})

describe('admin.closeYear', () => {
  it('freezes the results: no more review changes, edits or settings', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    await h.ok(ADMIN, 'admin.closeYear', { year: YEAR })
    const refused = await h.fail(REVIEWER, 'review.saveScores', { submissionId: id, items: { 'B1.1': { finalScore: 1 } }, baseVersion: 0 })
    expect(refused).toMatchObject({ code: 'INVALID_STATE', message: '2022年度已结束，审核结果已冻结，不能再修改' })
    expect((await h.fail(REVIEWER, 'review.finalize', { submissionId: id })).code).toBe('INVALID_STATE')
    expect((await saveIn(FILLER_B, YEAR, { 'B1.1': { checks: { a: true } } })).ok).toBe(false)
    expect((await h.fail(ADMIN, 'admin.updateYear', { year: YEAR, deadline: null })).code).toBe('INVALID_STATE')
    expect((await h.ok(FILLER_A, 'account.whoami', {})).currentYear.status).toBe('closed')
  })
})

describe('a stored year is checked when read', () => {
  it('fails loudly on a damaged record instead of using it', async () => {
    await openNext()
    const stored = (await h.store.getYear(NEXT))!
    await h.store.putYear({ ...stored, rubricFrom: 2030 })
    jest.spyOn(console, 'error').mockImplementation(() => {})
    expect((await h.fail(FILLER_A, 'submission.get', { year: NEXT })).code).toBe('INTERNAL')
  })
})

describe('progress and reminders (催报)', () => {
  it('counts every registered society by status, 未开始 included, and lists those not submitted', async () => {
    await h.submitComplete(FILLER_A)
    const progress = await h.ok(ADMIN, 'admin.progress', { year: YEAR })
    expect(progress.counts).toEqual({ 'not-started': 1, draft: 0, submitted: 1, returned: 0, reviewed: 0 })
    expect(progress.pending).toEqual([
      expect.objectContaining({
        societyId: h.societyB.id,
        name: '自治区植物保护学会',
        status: 'not-started',
        contact: '0991-0000000',
        phone: null,
        fillers: [{ name: '李填报', phone: '13900139000' }],
        lastReminder: null,
      }),
    ])
  })

  it('lists the societies not submitted by name, whatever order they were registered in', async () => {
    await h.ok(ADMIN, 'admin.importSocieties', { rows: [{ name: '自治区学会003' }, { name: '自治区学会001' }, { name: '自治区学会002' }] })
    const { pending } = await h.ok(ADMIN, 'admin.progress', { year: YEAR })
    const names = pending.map((p) => p.name)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh-CN')))
    expect(names.filter((n) => n.startsWith('自治区学会0'))).toEqual(['自治区学会001', '自治区学会002', '自治区学会003'])
  })

  it('sends the selection’s fillers an inbox message and a subscribe message, and records refusals', async () => {
    await h.consent(FILLER_B)
    await h.consent(FILLER_B)
    h.notifier.mode = 'refused'
    const { results } = await h.ok(ADMIN, 'admin.remind', { year: YEAR, societyIds: [h.societyB.id] })
    expect(results).toEqual([
      { societyId: h.societyB.id, name: '自治区植物保护学会', deliveries: [expect.objectContaining({ name: '李填报', delivery: 'refused' })] },
    ])
    const inbox = await h.ok(FILLER_B, 'notifications.list', {})
    expect(inbox.rows).toEqual([expect.objectContaining({ kind: 'reminder', title: '请尽快填报自评表', page: 'pages/home/index?year=2022' })])
    expect((await h.ok(FILLER_A, 'notifications.list', {})).total).toBe(0)
    const pending = (await h.ok(ADMIN, 'admin.progress', { year: YEAR })).pending.find((p) => p.societyId === h.societyB.id)
    expect(pending!.lastReminder!.deliveries).toEqual([expect.objectContaining({ delivery: 'refused' })])

    h.notifier.mode = 'sent'
    await h.ok(ADMIN, 'admin.remind', { year: YEAR, societyIds: [h.societyB.id] })
    expect(h.notifier.sent).toEqual([expect.objectContaining({ kind: 'reminder', body: expect.stringContaining('2022年度自评表尚未提交') })])
  })

  it('names the deadline in the reminder and refuses unknown societies', async () => {
    await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, deadline: '2023-03-31' })
    await h.ok(ADMIN, 'admin.remind', { year: YEAR, societyIds: [h.societyA.id] })
    expect((await h.ok(FILLER_A, 'notifications.list', {})).rows[0]!.body).toContain('填报截止：2023年3月31日')
    expect((await h.fail(ADMIN, 'admin.remind', { year: YEAR, societyIds: ['nope'] })).code).toBe('NOT_FOUND')
  })
})
