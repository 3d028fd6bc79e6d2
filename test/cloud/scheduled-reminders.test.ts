import { runScheduledReminders } from '../../cloudfunctions/core/handlers/scheduled-reminders'
import { ADMIN, FILLER_A, FILLER_B, REVIEWER, YEAR, useHarness } from './harness'

const h = useHarness()

/** 10:00 in Beijing on a day of March 2023. */
const beijingMorning = (day: number) => `2023-03-${String(day).padStart(2, '0')}T02:00:00.000Z`
const DEADLINE = '2023-03-31'

const run = (limit?: number) => runScheduledReminders(h.context(null), limit)
const sentTo = async (limit?: number) => (await run(limit)).sent.map((s) => [s.name, s.day, s.daysBefore])
const remindersIn = async (openid: string) =>
  (await h.ok(openid, 'notifications.list', {})).rows.filter((n) => n.kind === 'reminder')

async function schedule(days: number[], extensions: Record<string, string | null> = {}) {
  return h.ok(ADMIN, 'admin.updateYear', { year: YEAR, deadline: DEADLINE, reminderDaysBefore: days, extensions })
}

/** A third society nobody has bound yet. */
const registerUnbound = async () =>
  (await h.ok(ADMIN, 'admin.registerSociety', { name: '自治区无人学会', contact: '王五' })).society

describe('admin.updateYear: the 自动提醒 schedule', () => {
  it('is stored per year, latest day first, and read back by every year list', async () => {
    expect((await schedule([1, 7, 3])).reminderDaysBefore).toEqual([7, 3, 1])
    const years = await h.ok(REVIEWER, 'review.years', {})
    expect(years.years.find((y) => y.year === YEAR)?.reminderDaysBefore).toEqual([7, 3, 1])
    expect((await h.store.getYear(YEAR))?.reminderDaysBefore).toEqual([7, 3, 1])
  })

  it('stays as it was when another setting changes, and is cleared by an empty list', async () => {
    await schedule([3, 1])
    await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, deadline: '2023-04-30' })
    expect((await h.store.getYear(YEAR))?.reminderDaysBefore).toEqual([3, 1])
    expect((await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, reminderDaysBefore: [] })).reminderDaysBefore).toEqual([])
  })

  it.each([
    [[0], '1到60之间的整数'],
    [[61], '1到60之间的整数'],
    [[-1], '1到60之间的整数'],
    [[1.5], '1到60之间的整数'],
    [[1e3], '1到60之间的整数'],
    [['3'], '必须是数字'],
    [[3, 3], '不能重复'],
    [[1, 2, 3, 4, 5, 6], '最多设置5个提醒日'],
  ])('refuses %j with a message naming 自动提醒, and stores nothing', async (days, words) => {
    await schedule([3, 1])
    const failure = await h.fail(ADMIN, 'admin.updateYear', { year: YEAR, reminderDaysBefore: days })
    expect(failure.code).toBe('INVALID_INPUT')
    expect(failure.message).toContain('自动提醒')
    expect(failure.message).toContain(words)
    expect((await h.store.getYear(YEAR))?.reminderDaysBefore).toEqual([3, 1])
  })

  it('is the admin’s alone', async () => {
    expect((await h.fail(FILLER_A, 'admin.updateYear', { year: YEAR, reminderDaysBefore: [3] })).code).toBe('FORBIDDEN')
    expect((await h.fail(REVIEWER, 'admin.previewReminders', { year: YEAR, reminderDaysBefore: [3] })).code).toBe('FORBIDDEN')
  })

  it('carries over to the next year when it is opened', async () => {
    await schedule([7, 1])
    const opened = await h.ok(ADMIN, 'admin.openYear', { year: YEAR + 1 })
    expect(opened.year.reminderDaysBefore).toEqual([7, 1])
  })
})

describe('admin.previewReminders', () => {
  it('lists per day the societies not submitted with a filler, and counts those with none apart', async () => {
    const unbound = await registerUnbound()
    await h.submitComplete(FILLER_A)
    const preview = await h.ok(ADMIN, 'admin.previewReminders', { year: YEAR, reminderDaysBefore: [1, 3] })
    expect(preview.deadline).toBeNull() // not saved yet: the preview is of the schedule typed, against the year as stored
    await schedule([])
    const { days } = await h.ok(ADMIN, 'admin.previewReminders', { year: YEAR, reminderDaysBefore: [1, 3] })
    expect(days.map((d) => [d.daysBefore, d.date])).toEqual([
      [3, '2023-03-28'],
      [1, '2023-03-30'],
    ])
    for (const day of days) {
      expect(day.reminded.map((s) => [s.societyId, s.date, s.fillers])).toEqual([[h.societyB.id, day.date, 1]])
      expect(day.withoutFiller.map((s) => [s.societyId, s.name, s.fillers])).toEqual([[unbound.id, '自治区无人学会', 0]])
    }
  })

  it('puts a society with an extension on its own days', async () => {
    await schedule([3], { [h.societyB.id]: '2023-04-10' })
    const [day] = (await h.ok(ADMIN, 'admin.previewReminders', { year: YEAR, reminderDaysBefore: [3] })).days
    expect(day!.reminded.map((s) => [s.societyId, s.date, s.deadline])).toEqual([
      [h.societyA.id, '2023-03-28', DEADLINE],
      [h.societyB.id, '2023-04-07', '2023-04-10'],
    ])
  })

  it('leaves out days gone by and reminders already sent', async () => {
    await schedule([3, 1])
    h.clock.set(beijingMorning(28))
    await run()
    const { days } = await h.ok(ADMIN, 'admin.previewReminders', { year: YEAR, reminderDaysBefore: [5, 3, 1] })
    expect(days.map((d) => [d.daysBefore, d.reminded.length])).toEqual([
      [5, 0],
      [3, 0],
      [1, 2],
    ])
  })

  it('refuses a schedule it could not save, naming the field', async () => {
    const failure = await h.fail(ADMIN, 'admin.previewReminders', { year: YEAR, reminderDaysBefore: [90] })
    expect(failure.message).toContain('自动提醒')
  })
})

describe('the 自动提醒 timer', () => {
  it('sends one reminder per unsubmitted society on each scheduled day, by inbox and subscribe message', async () => {
    await h.consent(FILLER_A)
    await h.consent(FILLER_B)
    await schedule([3, 1])
    h.clock.set(beijingMorning(28))
    expect(await sentTo()).toEqual([
      ['新疆计算机学会', '2023-03-28', 3],
      ['自治区植物保护学会', '2023-03-28', 3],
    ])
    const [inbox] = await remindersIn(FILLER_A)
    expect(inbox).toMatchObject({ title: '请尽快填报自评表', page: expect.stringContaining(`year=${YEAR}`) })
    expect(inbox!.body).toBe('2022年度自评表尚未提交，填报截止：2023年3月31日（3天后截止），请尽快填写并提交。')
    expect(h.notifier.sent.filter((m) => m.kind === 'reminder').map((m) => m.openid).sort()).toEqual([FILLER_A, FILLER_B])

    h.clock.set(beijingMorning(29))
    expect(await sentTo()).toEqual([])
    h.clock.set(beijingMorning(30))
    expect((await sentTo()).map(([, day, n]) => [day, n])).toEqual([
      ['2023-03-30', 1],
      ['2023-03-30', 1],
    ])
    const bodies = (await remindersIn(FILLER_A)).map((n) => n.body)
    expect(bodies).toHaveLength(2)
    expect(bodies[0]).toContain('明天截止')
  })

  it('sends nothing more when run again at the same moment, or later the same day', async () => {
    await schedule([3])
    h.clock.set(beijingMorning(28))
    expect(await sentTo()).toHaveLength(2)
    expect(await sentTo()).toEqual([])
    h.clock.set('2023-03-28T15:00:00.000Z') // 23:00 in Beijing
    expect(await sentTo()).toEqual([])
    expect(await remindersIn(FILLER_A)).toHaveLength(1)
    expect(await h.store.listScheduledReminders(YEAR)).toHaveLength(2)
  })

  it('sends each reminder once when two runs go at the same moment', async () => {
    await schedule([3])
    h.clock.set(beijingMorning(28))
    const runs = await Promise.all([run(), run(), run()])
    expect(runs.flatMap((r) => r.sent).map((s) => s.societyId).sort()).toEqual([h.societyA.id, h.societyB.id].sort())
    expect(await remindersIn(FILLER_A)).toHaveLength(1)
    expect(await remindersIn(FILLER_B)).toHaveLength(1)
  })

  it('waits for 09:00 in Beijing, and does not send a day gone by', async () => {
    await schedule([3])
    h.clock.set('2023-03-28T00:59:00.000Z') // 08:59 in Beijing
    expect(await sentTo()).toEqual([])
    h.clock.set('2023-03-28T01:00:00.000Z')
    expect(await sentTo()).toHaveLength(2)
    await schedule([5])
    h.clock.set(beijingMorning(27))
    expect(await sentTo()).toEqual([])
  })

  it('reminds a society with an extension against its own deadline', async () => {
    await schedule([3], { [h.societyB.id]: '2023-04-10' })
    h.clock.set(beijingMorning(28))
    expect((await run()).sent.map((s) => s.societyId)).toEqual([h.societyA.id])
    h.clock.set('2023-04-07T02:00:00.000Z')
    const [sent] = (await run()).sent
    expect(sent).toMatchObject({ societyId: h.societyB.id, day: '2023-04-07', daysBefore: 3 })
    expect((await remindersIn(FILLER_B))[0]!.body).toContain('填报截止：2023年4月10日')
  })

  it('skips societies that submitted', async () => {
    await h.submitComplete(FILLER_A)
    await schedule([3])
    h.clock.set(beijingMorning(28))
    expect((await run()).sent.map((s) => s.societyId)).toEqual([h.societyB.id])
    expect(await remindersIn(FILLER_A)).toEqual([])
  })

  it('leaves a deactivated society out of the preview and the reminders', async () => {
    await h.ok(ADMIN, 'admin.updateSociety', { societyId: h.societyB.id, active: false })
    await schedule([3])
    const [day] = (await h.ok(ADMIN, 'admin.previewReminders', { year: YEAR, reminderDaysBefore: [3] })).days
    expect(day!.reminded.map((s) => s.societyId)).toEqual([h.societyA.id])
    h.clock.set(beijingMorning(28))
    expect((await run()).sent.map((s) => s.societyId)).toEqual([h.societyA.id])
  })

  it('still sends the inbox message when the subscribe message fails, and records how it fared', async () => {
    h.notifier.mode = 'failed'
    await h.consent(FILLER_A)
    await h.consent(FILLER_B)
    await schedule([3])
    h.clock.set(beijingMorning(28))
    const { sent } = await run()
    expect(sent.map((s) => s.deliveries)).toEqual([
      [{ name: '张填报', delivery: 'failed', error: expect.stringContaining('40003') }],
      [{ name: '李填报', delivery: 'failed', error: expect.stringContaining('40003') }],
    ])
    expect(await remindersIn(FILLER_A)).toHaveLength(1)
    expect(await run()).toEqual({ sent: [], more: false })
  })

  it('reminds a society whose form was returned for revision', async () => {
    const { id } = await h.submitComplete(FILLER_A)
    await h.ok(REVIEWER, 'review.return', { submissionId: id, overall: '请补充材料', items: {} })
    await schedule([3])
    h.clock.set(beijingMorning(28))
    expect((await run()).sent.map((s) => s.societyId).sort()).toEqual([h.societyA.id, h.societyB.id].sort())
  })

  it('reminds a society once a filler binds to it that day', async () => {
    const unbound = await registerUnbound()
    await schedule([3])
    h.clock.set(beijingMorning(28))
    expect((await run()).sent.map((s) => s.societyId)).not.toContain(unbound.id)
    const codes = await h.ok(ADMIN, 'admin.reissueCodes', { societyIds: [unbound.id] })
    await h.ok('o-late', 'account.bind', { bindingCode: codes.codes[0]!.bindingCode, name: '赵迟到', phone: '13700137000' })
    expect((await run()).sent.map((s) => s.societyId)).toEqual([unbound.id])
  })

  it('sends nothing in a closed year, or without a deadline or a schedule', async () => {
    await schedule([])
    h.clock.set(beijingMorning(28))
    expect(await sentTo()).toEqual([])
    await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, deadline: null, reminderDaysBefore: [3] })
    expect(await sentTo()).toEqual([])
    await schedule([3])
    await h.ok(ADMIN, 'admin.closeYear', { year: YEAR })
    expect(await sentTo()).toEqual([])
    expect(await h.store.listScheduledReminders(YEAR)).toEqual([])
  })

  it('shows as the society’s latest 催报 in 填报进度', async () => {
    await h.consent(FILLER_A)
    await schedule([3])
    h.clock.set(beijingMorning(28))
    await run()
    const progress = await h.ok(ADMIN, 'admin.progress', { year: YEAR })
    const a = progress.pending.find((p) => p.societyId === h.societyA.id)
    expect(a?.lastReminder).toEqual({ at: beijingMorning(28), deliveries: [{ name: '张填报', delivery: 'sent', error: null }] })
  })

  it('reaches a filler without a subscribe credit by the inbox only, and uses up a credit with each message', async () => {
    await h.consent(FILLER_A)
    await schedule([3, 1])
    h.clock.set(beijingMorning(28))
    const first = await run()
    expect(first.sent.find((s) => s.societyId === h.societyA.id)?.deliveries).toEqual([{ name: '张填报', delivery: 'sent', error: null }])
    expect(first.sent.find((s) => s.societyId === h.societyB.id)?.deliveries).toEqual([{ name: '李填报', delivery: 'refused', error: expect.any(String) }])
    h.clock.set(beijingMorning(30))
    const second = await run()
    expect(second.sent.find((s) => s.societyId === h.societyA.id)?.deliveries).toEqual([{ name: '张填报', delivery: 'refused', error: expect.any(String) }])
    expect(h.notifier.sent.filter((m) => m.kind === 'reminder').map((m) => m.openid)).toEqual([FILLER_A])
    expect(await remindersIn(FILLER_A)).toHaveLength(2)
    expect(await remindersIn(FILLER_B)).toHaveLength(2)
  })

  it('stops at its limit per run and sends the rest on the next run', async () => {
    await schedule([3])
    h.clock.set(beijingMorning(28))
    const first = await run(1)
    expect([first.sent.length, first.more]).toEqual([1, true])
    const second = await run(1)
    expect([second.sent.length, second.more]).toEqual([1, false])
    expect(new Set([...first.sent, ...second.sent].map((s) => s.societyId)).size).toBe(2)
  })
})
