import { findDates, outsideYear } from '../../src/shared/reading'

describe('findDates: the forms people write dates in', () => {
  it.each([
    ['2022年3月15日', ['2022-03-15']],
    ['2022年3月', ['2022-03']],
    ['2022年12月', ['2022-12']],
    ['2022.3.15', ['2022-03-15']],
    ['2022-03-15', ['2022-03-15']],
    ['2022/3/15', ['2022-03-15']],
    ['2022年03月05号', ['2022-03-05']],
    ['二〇二二年三月十五日', ['2022-03-15']],
    ['二零二二年十一月二十日', ['2022-11-20']],
    ['二〇二一年十月三十一日', ['2021-10-31']],
    ['二〇二二年十二月十日', ['2022-12-10']],
    ['二〇二二年一月', ['2022-01']],
    ['二○二二年五月一日', ['2022-05-01']],
    ['２０２２年３月１５日', ['2022-03-15']],
    ['２０２２．３．１５', ['2022-03-15']],
  ])('%s → %j', (text, dates) => {
    expect(findDates(text)).toEqual(dates)
  })

  it('reads dates inside a sentence, in order of appearance, each once', () => {
    const text = '会议于2022年6月8日召开，传达了2022年5月20日的通知精神。下次会议定于2022-09-01。2022年6月8日记录。'
    expect(findDates(text)).toEqual(['2022-06-08', '2022-05-20', '2022-09-01'])
  })

  it('keeps a month and a day of that month as two findings', () => {
    expect(findDates('2022年3月工作计划：2022年3月15日召开支部大会')).toEqual(['2022-03', '2022-03-15'])
  })

  it('ignores the spaces OCR puts between Chinese characters and digits', () => {
    expect(findDates('时 间 ： 2022 年 3 月 15 日 地 点 ： 会 议 室')).toEqual(['2022-03-15'])
    expect(findDates('二 〇 二 二 年 三 月 十 五 日')).toEqual(['2022-03-15'])
    expect(findDates('2022 . 3 . 15')).toEqual(['2022-03-15'])
    expect(findDates('2022 - 03 - 15')).toEqual(['2022-03-15'])
  })

  it('keeps numbers apart that spaces separate', () => {
    expect(findDates('电话 13912345678 2022-03-15')).toEqual(['2022-03-15'])
    expect(findDates('编号 1 2022年3月15日')).toEqual(['2022-03-15'])
  })

  it('reads the letters OCR mistakes for digits inside a date', () => {
    expect(findDates('2O22年3月15日')).toEqual(['2022-03-15'])
    expect(findDates('2O2O年l月5日')).toEqual(['2020-01-05'])
    expect(findDates('202l年3月l5日')).toEqual(['2021-03-15'])
    expect(findDates('2022年3月15曰')).toEqual(['2022-03-15'])
    expect(findDates('二O二二年二月二十八日')).toEqual(['2022-02-28'])
    expect(findDates('二O〇二二年四月十七目')).toEqual(['2022-04-17'])
    expect(findDates('2022年11月13目')).toEqual(['2022-11-13'])
    expect(findDates('二0二一年十月一日')).toEqual(['2021-10-01'])
  })

  it('accepts leap days in leap years only', () => {
    expect(findDates('2024年2月29日')).toEqual(['2024-02-29'])
    expect(findDates('2000-02-29')).toEqual(['2000-02-29'])
    expect(findDates('2022年2月29日')).toEqual([])
    expect(findDates('2100/2/29')).toEqual([])
  })

  it.each([
    ['a day the month does not have', '2022年2月30日'],
    ['April 31st', '2022-04-31'],
    ['month 13', '2022年13月'],
    ['month 0', '2022.0.15'],
    ['day 0', '2022/3/0'],
    ['day 32', '2022年1月32日'],
    ['a year before 1990', '1989年3月15日'],
    ['a year after 2100', '2101-03-15'],
    ['a phone number', '联系电话：13912345678'],
    ['an id number', '身份证号450102199003151234'],
    ['an amount', '经费2022.50元'],
    ['a document number', '桂科协发〔2022〕3号'],
    ['mixed separators', '2022.3-15'],
    ['a year and a month without 年/月', '2022.5'],
    ['a number with more digits before', '12022-03-15'],
    ['a longer dotted number', '2022.3.15.6'],
    ['a day with three digits', '2022-03-151'],
    ['a Chinese numeral that is no number', '二〇二二年十十月'],
    ['an empty text', ''],
    ['text without dates', '会议记录 支部大会 全体党员参加'],
  ])('finds nothing in %s (%s)', (_what, text) => {
    expect(findDates(text)).toEqual([])
  })

  it('finds the real date among decoy numbers', () => {
    const text = '文号：桂科协〔2022〕15号 电话：0771-5851234 经费：2022.50元 日期：2022年4月6日 编号 20220406001'
    expect(findDates(text)).toEqual(['2022-04-06'])
  })

  it('survives a very long text', () => {
    const text = `${'无关文字 1234 5678 '.repeat(5000)}2022年7月1日`
    expect(findDates(text)).toEqual(['2022-07-01'])
  })
})

describe('outsideYear', () => {
  it('is true when every date lies outside the assessment year', () => {
    expect(outsideYear(['2021-03-15', '2021-11'], 2022)).toBe(true)
    expect(outsideYear(['2023-01-05'], 2022)).toBe(true)
  })
  it('is false when one date lies inside the year', () => {
    expect(outsideYear(['2021-12-30', '2022-01-04'], 2022)).toBe(false)
    expect(outsideYear(['2022-12'], 2022)).toBe(false)
  })
  it('is false when no date was found', () => {
    expect(outsideYear([], 2022)).toBe(false)
  })
})
