import {
  closesAt,
  daysLeft,
  deadlineMessage,
  findRubric,
  getRubric,
  DeadlineDate,
  isCalendarDate,
  isPast,
  isUsableDate,
  itemById,
  rolloverRubric,
  rubricItems,
  validateRubric,
  wordingChanges,
} from '../../src/shared'
import { rubric2022 } from '../../src/shared/rubric/rubric-2022'

const r2022 = getRubric(2022)

describe('the rubric of a later year, rolled over from the previous one', () => {
  const r2023 = rolloverRubric(r2022, 2023)

  it('moves the years in the title and in B12.3 on by one', () => {
    expect(r2023.year).toBe(2023)
    expect(r2023.title).toBe('自治区学会（协会、研究会）2023年度工作绩效评价自评表')
    const b123 = itemById(r2023).get('B12.3')!
    expect(b123.indicator).toBe('2023年工作总结、2024年计划')
    expect(b123.rule).toMatchObject({
      kind: 'checks',
      conditions: [{ id: 'a', label: '制定2023年工作总结' }, { id: 'b', label: '制定2024年工作计划' }],
    })
  })

  it('keeps the items, ids, maxima and rules, and passes the rubric checks', () => {
    expect(rubricItems(r2023).map((i) => [i.id, i.max, i.rule.kind])).toEqual(rubricItems(r2022).map((i) => [i.id, i.max, i.rule.kind]))
    expect(r2023.total).toBe(110)
    expect(() => validateRubric(r2023)).not.toThrow()
  })

  it('lists every changed text, before → after, and nothing else', () => {
    expect(wordingChanges(r2022, r2023)).toEqual([
      { where: '标题', before: '自治区学会（协会、研究会）2022年度工作绩效评价自评表', after: '自治区学会（协会、研究会）2023年度工作绩效评价自评表' },
      { where: 'B12.3 评价指标', before: '2022年工作总结、2023年计划', after: '2023年工作总结、2024年计划' },
      { where: 'B12.3 选项a', before: '制定2022年工作总结', after: '制定2023年工作总结' },
      { where: 'B12.3 选项b', before: '制定2023年工作计划', after: '制定2024年工作计划' },
    ])
  })

  it('rolls over year by year the same as in one step', () => {
    expect(rolloverRubric(rolloverRubric(r2022, 2023), 2024)).toEqual(rolloverRubric(r2022, 2024))
    expect(findRubric(2024)).toEqual(rolloverRubric(r2023, 2024))
  })

  it('leaves the 2022 rubric exactly the form’s, and has no rubric before the first form', () => {
    rolloverRubric(r2022, 2023)
    expect(getRubric(2022)).toBe(r2022)
    expect(r2022).toEqual(rubric2022)
    expect(r2022.title).toBe('自治区学会（协会、研究会）2022年度工作绩效评价自评表')
    expect(findRubric(2021)).toBeUndefined()
  })
})

describe('a deadline day in Beijing time', () => {
  it('closes at the end of the day in Beijing', () => {
    expect(closesAt('2023-03-31').toISOString()).toBe('2023-03-31T16:00:00.000Z')
    expect(isPast('2023-03-31', new Date('2023-03-31T15:59:59.999Z'))).toBe(false)
    expect(isPast('2023-03-31', new Date('2023-03-31T16:00:00.000Z'))).toBe(true)
  })

  it('counts the days left, the deadline day itself as one', () => {
    expect(daysLeft('2023-03-31', new Date('2023-03-24T16:00:00.000Z'))).toBe(7) // 3月25日 00:00 in Beijing
    expect(daysLeft('2023-03-31', new Date('2023-03-31T15:00:00.000Z'))).toBe(1)
    expect(daysLeft('2023-03-31', new Date('2023-03-31T16:00:00.000Z'))).toBe(0)
  })

  it('names the deadline in the refusal', () => {
    expect(deadlineMessage(2023, '2023-03-31')).toBe('2023年度填报已于2023年3月31日截止')
  })

  it('accepts only real calendar days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2023-02-29')).toBe(false)
    expect(isCalendarDate('2023-3-31')).toBe(false)
  })

  it('takes a date only in the years 2000–2100, not the year 2 a date box holds while 2027 is typed', () => {
    expect(['2000-01-01', '2027-12-31', '2100-12-31'].map(isUsableDate)).toEqual([true, true, true])
    expect(['0002-12-31', '0202-12-31', '1999-12-31', '2101-01-01', '2023-02-29', ''].map(isUsableDate)).toEqual([false, false, false, false, false, false])
    const problem = (date: string) => {
      const result = DeadlineDate('填报截止日期').safeParse(date)
      return result.success ? null : result.error.issues.map((issue) => issue.message)
    }
    expect(problem('2027-12-31')).toBeNull()
    expect(problem('0202-12-31')).toEqual(['填报截止日期的年份应在2000到2100之间'])
    expect(problem('2101-01-01')).toEqual(['填报截止日期的年份应在2000到2100之间'])
    expect(problem('2023-02-30')).toEqual(['填报截止日期应为日期，如 2023-03-31'])
  })
})
