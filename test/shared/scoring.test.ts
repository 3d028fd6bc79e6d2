import { getRubric, parseAnswers, rubricItems, scoreAnswers, scoreItem, scoreReview, type Answers } from '../../src/shared'
import { answersFor, bestAnswer, entry, worstAnswer } from './answer-builders'

const rubric = getRubric(2022)
const items = rubricItems(rubric)
const item = (id: string) => items.find((i) => i.id === id)!

describe('scoring each rule kind', () => {
  it('checks: the maximum less the deduction of every condition answered no', () => {
    expect(scoreItem(item('B1.2'), { checks: { a: true, b: true } })).toEqual({ score: 2, complete: true })
    expect(scoreItem(item('B1.2'), { checks: { a: true, b: false } })).toEqual({ score: 1, complete: true })
    expect(scoreItem(item('B1.2'), { checks: { a: false, b: false } })).toEqual({ score: 0, complete: true })
    expect(scoreItem(item('B6.3'), { checks: { q1: true, q2: false, q3: true, q4: false } }).score).toBe(2)
  })

  it('checks: a condition left unanswered makes the item incomplete, scoring 0', () => {
    expect(scoreItem(item('B1.2'), { checks: { a: true } })).toEqual({ score: 0, complete: false })
    expect(scoreItem(item('B1.2'), { remark: '待补充' })).toEqual({ score: 0, complete: false })
  })

  it('tiers: the chosen level’s points', () => {
    expect(scoreItem(item('B2.1'), { tier: 'basic' })).toEqual({ score: 3, complete: true })
    expect(scoreItem(item('B7.1'), { tier: 'regional' }).score).toBe(5)
    expect(scoreItem(item('B7.1'), { tier: 'grassroots' }).score).toBe(2)
    expect(scoreItem(item('B11.2'), { tier: 'cast' }).score).toBe(1)
    expect(scoreItem(item('B4.1'), {})).toEqual({ score: 0, complete: false })
  })

  it('count: perEntry per entry up to the cap; an empty list is an explicit none', () => {
    const b121 = item('B12.1')
    const n = (k: number) => ({ entries: Array.from({ length: k }, (_, i) => entry(b121, i)) })
    expect([0, 1, 2, 3, 4, 10].map((k) => scoreItem(b121, n(k)).score)).toEqual([0, 1, 2, 3, 3, 3])
    expect(scoreItem(b121, n(0)).complete).toBe(true)
    const a41 = item('A4.1')
    expect([1, 4, 5, 6].map((k) => scoreItem(a41, { entries: Array.from({ length: k }, (_, i) => entry(a41, i)) }).score)).toEqual([
      2, 8, 10, 10,
    ])
    expect(scoreItem(item('B10.3'), { entries: [{ text: '承接某厅委托项目' }, { text: 'b' }, { text: 'c' }] }).score).toBe(2)
  })

  it('judgement: the proposed score', () => {
    expect(scoreItem(item('B8.1'), { score: 4.5 })).toEqual({ score: 4.5, complete: true })
    expect(scoreItem(item('B8.1'), { score: 0 })).toEqual({ score: 0, complete: true })
    expect(scoreItem(item('B8.1'), {}).complete).toBe(false)
  })
})

describe('every item’s maximum and minimum', () => {
  it.each(items.map((i) => [i.id, i] as const))('%s ranges from 0 to its maximum', (_id, it) => {
    expect(scoreItem(it, bestAnswer(it))).toEqual({ score: it.max, complete: true })
    expect(scoreItem(it, worstAnswer(it))).toEqual({ score: 0, complete: true })
  })

  it('all best answers total 110 and all worst 0, both complete', () => {
    const best = scoreAnswers(rubric, answersFor(items, bestAnswer))
    expect(best).toMatchObject({ total: 110, max: 110, complete: true, incomplete: [] })
    expect(best.groups).toMatchObject({ A1: 15, A2: 20, A3: 65, A4: 10, B6: 14, B12: 10 })
    // The groups in the form's order, A1…A4 then B1…B12 (tables and workbooks list them as they come).
    expect(Object.keys(best.groups)).toEqual([...rubric.aGroups.map((a) => a.id), ...rubric.aGroups.flatMap((a) => a.bGroups.map((b) => b.id))])
    const worst = scoreAnswers(rubric, answersFor(items, worstAnswer))
    expect(worst).toMatchObject({ total: 0, complete: true })
  })
})

describe('the score report', () => {
  it('matches a hand computation on partial answers', () => {
    const parsed = parseAnswers(rubric, {
      'B1.1': { checks: { a: false } },
      'B1.2': { checks: { a: true, b: false } },
      'B2.1': { tier: 'basic' },
      'B4.1': { tier: 'partial' },
      'B6.1': { score: 3.5 },
      'B6.2': { checks: { a: true, b: false, c: true } },
      'B7.1': { tier: 'grassroots' },
      'B8.1': { score: 5.5 },
      'B12.1': { entries: [{ text: '2022-03 科协年会' }, { text: '2022-06 学会工作会' }] },
      'A4.1': { entries: [{ text: '全国优秀学会', category: 'honor' }, { text: '国家项目', category: 'national-project' }] },
    })
    if (!parsed.ok) throw new Error('expected valid answers')
    const report = scoreAnswers(rubric, parsed.value)
    // B1 = 0 + 1 = 1; B2 = 3; A1 = 4. B4 = 2; B6 = 3.5 + 2 = 5.5; A2 = 7.5.
    // B7 = 2; B8 = 5.5; B12 = 2; A3 = 9.5. A4 = 4. Total = 25.
    expect(report.groups).toMatchObject({ B1: 1, B2: 3, B3: 0, A1: 4, B4: 2, B6: 5.5, A2: 7.5, B7: 2, B8: 5.5, B12: 2, A3: 9.5, A4: 4 })
    expect(report.total).toBe(25)
    expect(report.complete).toBe(false)
    expect(report.incomplete).toHaveLength(38 - 10)
    expect(Object.keys(report.groups)).toEqual(['A1', 'A2', 'A3', 'A4', ...Array.from({ length: 12 }, (_, i) => `B${i + 1}`)])
  })

  it('scores a review overlay with the same engine, self scores standing where no final score is given', () => {
    const answers: Answers = answersFor(items, bestAnswer)
    const reviewed = scoreReview(rubric, answers, { 'B6.1': 2, 'A4.1': 6 })
    expect(reviewed.items['B6.1']).toBe(2)
    expect(reviewed.items['A4.1']).toBe(6)
    expect(reviewed.items['B1.1']).toBe(2)
    expect(reviewed.groups).toMatchObject({ B6: 12, A2: 18, A4: 6 })
    expect(reviewed.total).toBe(104)
  })
})
