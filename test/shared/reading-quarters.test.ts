import { getRubric, rubricItems, type RubricItem } from '../../src/shared'
import { eventPeriodOf, itemEventPeriod, quarterCoverage, quarterOf } from '../../src/shared/reading'

describe('quarterCoverage', () => {
  it('places each date of the year in its quarter and names the quarters with none', () => {
    const coverage = quarterCoverage(['2022-01-10', '2022-03-31', '2022-04-01', '2022-09', '2021-11-02', '2023-12-01'], 2022)
    expect(coverage.byQuarter).toEqual({ 1: ['2022-01-10', '2022-03-31'], 2: ['2022-04-01'], 3: ['2022-09'], 4: [] })
    expect(coverage.missing).toEqual([4])
  })
  it('misses every quarter when no date is of the year', () => {
    expect(quarterCoverage([], 2022).missing).toEqual([1, 2, 3, 4])
    expect(quarterCoverage(['2021-05-01'], 2022).missing).toEqual([1, 2, 3, 4])
  })
  it('misses none when all four quarters have a date', () => {
    expect(quarterCoverage(['2022-02-01', '2022-05', '2022-08-08', '2022-12-31'], 2022).missing).toEqual([])
  })
  it('knows the quarter boundaries', () => {
    expect(['2022-03-31', '2022-04-01', '2022-06-30', '2022-07-01', '2022-09-30', '2022-10-01'].map(quarterOf)).toEqual([1, 2, 2, 3, 3, 4])
  })
})

describe('eventPeriodOf: which items count events per quarter, read from the rubric', () => {
  const rubric = getRubric(2022)

  it('finds B6.3 (每季度召开支部大会) and no other item of the 2022 form', () => {
    const quarterly = rubricItems(rubric).filter((i) => eventPeriodOf(rubric, i.id) === 'quarter').map((i) => i.id)
    expect(quarterly).toEqual(['B6.3'])
  })
  it('is null for an unknown item', () => {
    expect(eventPeriodOf(rubric, 'B99.1')).toBeNull()
  })
  it('follows the wording of a later form, not a list', () => {
    const base: RubricItem = { id: 'B1.1', indicator: '例', criterion: '每季度开展一次活动', max: 2, rule: { kind: 'judgement' } }
    expect(itemEventPeriod(base)).toBe('quarter')
    expect(itemEventPeriod({ ...base, criterion: '每年开展一次活动' })).toBeNull()
    const byConditions: RubricItem = {
      ...base,
      criterion: '少1次扣1分',
      rule: { kind: 'checks', conditions: ['一', '二', '三', '四'].map((n, i) => ({ id: `q${i + 1}`, label: `第${n}季度召开理事会`, deduction: 1 })) },
    }
    expect(itemEventPeriod(byConditions)).toBe('quarter')
  })
})
