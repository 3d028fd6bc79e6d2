import { DEFAULT_GRADE_BANDS, bandProblems, gradeFor, rankTotals } from '../../src/shared'

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
})

describe('ranking', () => {
  it('give equal totals the same rank and skip the next', () => {
    expect(rankTotals([80, 95, 80, 70])).toEqual([2, 1, 2, 4])
  })
})
