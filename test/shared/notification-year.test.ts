import { pageOfYear } from '../../src/shared'

describe('a stored message opens the year it is about', () => {
  it('keeps a page that names its year or its submission', () => {
    expect(pageOfYear('pages/home/index?year=2022', '2023年度自评表需修改')).toBe('pages/home/index?year=2022')
    expect(pageOfYear('reviewer/pages/detail/index?id=s1', '2022年度自评表已提交')).toBe('reviewer/pages/detail/index?id=s1')
  })

  it('takes the year from the text of a message stored before messages carried one', () => {
    expect(pageOfYear('pages/home/index', '2022年度自评表需修改后重新提交。B1.1缺证明')).toBe('pages/home/index?year=2022')
    expect(pageOfYear('pages/result/index?from=msg', '2022年度审核已完成')).toBe('pages/result/index?from=msg&year=2022')
  })

  it('leaves a message that names no year to the current year', () => {
    expect(pageOfYear('pages/home/index', '请尽快填报自评表')).toBe('pages/home/index')
  })
})
