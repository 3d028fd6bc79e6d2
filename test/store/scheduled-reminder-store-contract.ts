import type { ScheduledReminderClaim, Store } from '../../cloudfunctions/core/ports'
import { yearRecord } from './records'

const claim = (societyId: string, day: string, overrides: Partial<ScheduledReminderClaim> = {}): ScheduledReminderClaim => ({
  year: 2023,
  societyId,
  day,
  daysBefore: 3,
  runId: 'run-1',
  at: `${day}T02:00:00.000Z`,
  ...overrides,
})

/** 自动提醒 in a Store adapter: the schedule stored with the year, one claim per (year, society, day). */
export function describeScheduledReminderStoreContract(name: string, makeStore: () => Promise<Store & { close?(): void }>): void {
  describe(`Store contract, 自动提醒: ${name}`, () => {
    let store: Store & { close?(): void }
    beforeEach(async () => {
      store = await makeStore()
    })
    afterEach(() => store.close?.())

    it('keeps a year’s schedule, and reads a year stored without one as it was written', async () => {
      await store.insertYear(yearRecord(2023, { reminderDaysBefore: [7, 3, 1] }))
      expect(await store.getYear(2023)).toEqual(yearRecord(2023, { reminderDaysBefore: [7, 3, 1] }))
      await store.putYear(yearRecord(2023, { reminderDaysBefore: [1] }))
      expect((await store.listYears())[0]?.reminderDaysBefore).toEqual([1])
      await store.insertYear(yearRecord(2024))
      expect(await store.getYear(2024)).not.toHaveProperty('reminderDaysBefore')
    })

    it('lets one claim of a reminder in: a second, from another run or the same, is refused', async () => {
      expect(await store.claimScheduledReminder(claim('s1', '2023-03-28'))).toBe(true)
      expect(await store.claimScheduledReminder(claim('s1', '2023-03-28', { runId: 'run-2' }))).toBe(false)
      expect(await store.claimScheduledReminder(claim('s1', '2023-03-28', { daysBefore: 1, runId: 'run-3' }))).toBe(false)
      expect(await store.listScheduledReminders(2023)).toEqual([claim('s1', '2023-03-28')])
    })

    it('lets in at most one of many claims made at once', async () => {
      const runs = ['a', 'b', 'c', 'd'].map((runId) => store.claimScheduledReminder(claim('s1', '2023-03-28', { runId })))
      expect((await Promise.all(runs)).filter(Boolean)).toHaveLength(1)
    })

    it('claims other societies, days and years apart, and lists a year’s by day then society', async () => {
      expect(await store.claimScheduledReminder(claim('s2', '2023-03-30', { daysBefore: 1 }))).toBe(true)
      expect(await store.claimScheduledReminder(claim('s2', '2023-03-28'))).toBe(true)
      expect(await store.claimScheduledReminder(claim('s1', '2023-03-28'))).toBe(true)
      expect(await store.claimScheduledReminder(claim('s1', '2023-03-28', { year: 2024 }))).toBe(true)
      expect((await store.listScheduledReminders(2023)).map((c) => [c.day, c.societyId])).toEqual([
        ['2023-03-28', 's1'],
        ['2023-03-28', 's2'],
        ['2023-03-30', 's2'],
      ])
      expect(await store.listScheduledReminders(2024)).toEqual([claim('s1', '2023-03-28', { year: 2024 })])
      expect(await store.listScheduledReminders(2022)).toEqual([])
    })
  })
}
