import { ReminderDaysBefore, isReminderDue, parseReminderDays, reminderDay } from '../../src/shared'

describe('the 自动提醒 schedule as the admin types it', () => {
  it.each([
    ['7, 3, 1', [7, 3, 1]],
    ['1 3 7', [7, 3, 1]],
    ['7，3、1', [7, 3, 1]],
    ['３，１', [3, 1]],
    ['4,5', [5, 4]],
    ['  60 ', [60]],
    ['', []],
    ['   ', []],
  ])('reads %j as %j, latest day first', (typed, days) => {
    expect(parseReminderDays(typed)).toEqual({ days })
  })

  it.each([
    ['0', '1到60之间的整数，“0”不是'],
    ['61', '“61”不是'],
    ['-1', '“-1”不是'],
    ['4.5', '“4.5”不是'],
    ['1e3', '“1e3”不是'],
    ['三', '“三”不是'],
    ['3😀', '“3😀”不是'],
    ['3, 3', '不能重复'],
    ['03, 3', '不能重复'],
    ['1 2 3 4 5 6', '最多设置5个提醒日'],
  ])('refuses %j, naming the field', (typed, words) => {
    const parsed = parseReminderDays(typed)
    expect(parsed).toEqual({ problem: expect.stringContaining(words) })
    expect((parsed as { problem: string }).problem.startsWith('自动提醒：')).toBe(true)
  })

  it('quotes at most 20 characters of a long wrong entry', () => {
    const parsed = parseReminderDays('x'.repeat(250)) as { problem: string }
    expect(parsed.problem).toContain(`“${'x'.repeat(20)}”`)
    expect(parsed.problem.length).toBeLessThan(60)
  })

  it('agrees with the server’s schema on what a schedule is', () => {
    for (const days of [[7, 3, 1], [60], []]) expect(ReminderDaysBefore.safeParse(days).success).toBe(true)
    for (const days of [[0], [61], [2.5], [3, 3], [1, 2, 3, 4, 5, 6], [Number.NaN], [Infinity]]) {
      expect(ReminderDaysBefore.safeParse(days).success).toBe(false)
    }
  })
})

describe('the days of a schedule', () => {
  it('counts back from the deadline across months and leap days', () => {
    expect(reminderDay('2023-03-31', 3)).toBe('2023-03-28')
    expect(reminderDay('2023-03-02', 3)).toBe('2023-02-27')
    expect(reminderDay('2024-03-01', 1)).toBe('2024-02-29')
    expect(reminderDay('2024-01-05', 7)).toBe('2023-12-29')
  })

  it('is due from 09:00 to the end of that day in Beijing', () => {
    expect(isReminderDue('2023-03-28', new Date('2023-03-28T00:59:59+08:00'))).toBe(false)
    expect(isReminderDue('2023-03-28', new Date('2023-03-28T08:59:59+08:00'))).toBe(false)
    expect(isReminderDue('2023-03-28', new Date('2023-03-28T09:00:00+08:00'))).toBe(true)
    expect(isReminderDue('2023-03-28', new Date('2023-03-28T23:59:59+08:00'))).toBe(true)
    expect(isReminderDue('2023-03-28', new Date('2023-03-29T00:00:00+08:00'))).toBe(false)
    // 02:00 UTC is 10:00 in Beijing.
    expect(isReminderDue('2023-03-28', new Date('2023-03-28T02:00:00Z'))).toBe(true)
  })
})
