import { DEFAULT_GRADE_BANDS, GradeBand, bandProblems, gradeFor, rankTotals } from '../../src/shared'

describe('grade bands', () => {
  it('grade a total by the default bands, boundaries included', () => {
    expect([95, 90, 89.5, 80, 79.5, 60, 59.5, 0].map((t) => gradeFor(t))).toEqual([
      '优秀', '优秀', '良好', '良好', '合格', '合格', '不合格', '不合格',
    ])
  })
  it('accept the defaults and name what is wrong with bad bands', () => {
    expect(bandProblems(DEFAULT_GRADE_BANDS)).toEqual([])
    expect(bandProblems([])).toEqual(['等级划分：至少需要一个等级'])
    expect(bandProblems([{ label: 'A', min: 60 }, { label: 'A', min: 70 }])).toEqual([
      '等级划分：“A”的分数线须低于“A”',
      '等级划分：等级名称不能重复',
      '等级划分：最低一档的分数线须为0',
    ])
  })
  it('count a grade name in characters, naming the field when it is empty, too long or not a number', () => {
    const problem = (band: unknown) => {
      const result = GradeBand.safeParse(band)
      return result.success ? null : result.error.issues[0]?.message
    }
    expect(problem({ label: '𠮷'.repeat(10), min: 0 })).toBeNull()
    expect(problem({ label: '优'.repeat(11), min: 0 })).toBe('等级划分：等级名称不能超过10字')
    expect(problem({ label: '', min: 0 })).toBe('等级划分：等级名称不能为空')
    expect(problem({ label: ' \u3000 ', min: 0 })).toBe('等级划分：等级名称不能为空')
    expect(problem({ label: '优秀', min: -1 })).toBe('等级划分：分数线不能小于0')
    expect(problem({ label: '优秀', min: '90' })).toBe('等级划分：分数线必须是数字')
  })
})

describe('ranking', () => {
  it('give equal totals the same rank and skip the next', () => {
    expect(rankTotals([80, 95, 80, 70])).toEqual([2, 1, 2, 4])
  })
})
