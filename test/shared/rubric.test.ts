import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  RubricDefinitionError,
  getRubric,
  itemById,
  rubricItems,
  rubricProblems,
  rubricYears,
  validateRubric,
  type Rubric,
} from '../../src/shared'

const rubric = getRubric(2022)
const items = rubricItems(rubric)
const squash = (text: string) => text.replace(/\s+/g, '')
const form = squash(readFileSync(join(__dirname, '../fixtures/form-2022.txt'), 'utf8'))
const clone = (): Rubric => JSON.parse(JSON.stringify(rubric)) as Rubric

describe('the 2022 rubric', () => {
  it('is the form 附件3 with 38 items in form order', () => {
    expect(rubric.title).toBe('自治区学会（协会、研究会）2022年度工作绩效评价自评表')
    expect(form).toContain(squash(rubric.title))
    expect(items.map((i) => i.id)).toEqual([
      'B1.1', 'B1.2', 'B1.3', 'B2.1', 'B3.1', 'B3.2', 'B4.1', 'B5.1', 'B6.1', 'B6.2', 'B6.3', 'B6.4', 'B6.5',
      'B7.1', 'B7.2', 'B7.3', 'B7.4', 'B7.5', 'B8.1', 'B8.2', 'B8.3', 'B8.4', 'B8.5', 'B9.1', 'B9.2', 'B9.3',
      'B9.4', 'B9.5', 'B10.1', 'B10.2', 'B10.3', 'B11.1', 'B11.2', 'B12.1', 'B12.2', 'B12.3', 'B12.4', 'A4.1',
    ])
  })

  it('has the A and B groups and maxima of rubric-2022.md, 110 in all', () => {
    expect(rubric.aGroups.map((a) => [a.id, a.name, a.max])).toEqual([
      ['A1', '自身建设', 15],
      ['A2', '党建工作', 20],
      ['A3', '业务工作', 65],
      ['A4', '特色工作', 10],
    ])
    expect(rubric.aGroups.flatMap((a) => a.bGroups.map((b) => [b.id, b.name, b.max]))).toEqual([
      ['B1', '组织机构', 5], ['B2', '年检工作', 5], ['B3', '意识形态工作', 5], ['B4', '党组织建设', 4],
      ['B5', '基础管理', 2], ['B6', '政治引领', 14], ['B7', '学术活动', 15], ['B8', '科普工作', 15],
      ['B9', '自治区重点工作', 15], ['B10', '学会改革', 5], ['B11', '咨询建议', 5], ['B12', '常规工作', 10],
    ])
    expect(rubric.total).toBe(110)
  })

  it.each(items.map((i) => [i.id, i] as const))('%s keeps the form’s own wording', (_id, item) => {
    expect(form).toContain(squash(item.indicator))
    expect(form).toContain(squash(item.criterion))
  })

  it('has the rule kinds and parameters of rubric-2022.md', () => {
    const ids = (kind: string) => items.filter((i) => i.rule.kind === kind).map((i) => i.id)
    expect(ids('checks')).toEqual(['B1.1', 'B1.2', 'B1.3', 'B3.1', 'B3.2', 'B5.1', 'B6.2', 'B6.3', 'B6.5', 'B7.3', 'B7.4', 'B7.5', 'B10.2', 'B12.3'])
    expect(ids('tiers')).toEqual(['B2.1', 'B4.1', 'B7.1', 'B7.2', 'B11.2'])
    expect(ids('count')).toEqual(['B10.3', 'B12.1', 'B12.2', 'A4.1'])
    expect(ids('judgement')).toHaveLength(15)
    const byId = itemById(rubric)
    expect(byId.get('B2.1')!.rule).toMatchObject({
      tiers: [{ id: 'pass', points: 5 }, { id: 'basic', points: 3 }, { id: 'fail', points: 0 }],
    })
    expect(byId.get('A4.1')!.rule).toMatchObject({ kind: 'count', perEntry: 2, cap: 10 })
    expect(byId.get('B6.3')!.rule).toMatchObject({ conditions: ['q1', 'q2', 'q3', 'q4'].map((id) => ({ id, deduction: 1 })) })
  })

  it('is found by year, and a year without a rubric is an error', () => {
    expect(rubricYears()).toContain(2022)
    expect(() => getRubric(1999)).toThrow('没有1999年度的评分标准')
  })
})

describe('validating a rubric when it loads', () => {
  it('accepts the 2022 rubric', () => {
    expect(rubricProblems(rubric)).toEqual([])
  })

  it('fails loudly when a B total is not the sum of its items', () => {
    const bad = clone()
    ;(bad.aGroups[0]!.bGroups[0]!.items[0] as { max: number }).max = 3
    expect(() => validateRubric(bad)).toThrow(RubricDefinitionError)
    expect(rubricProblems(bad).join('\n')).toMatch(/B1: items add up to 6, not its total 5/)
  })

  it('fails when an A total or the grand total is off', () => {
    const bad = clone()
    ;(bad.aGroups[3] as { max: number }).max = 12
    expect(rubricProblems(bad).join('\n')).toMatch(/A4: its parts add up to 10, not its total 12/)
    expect(rubricProblems(bad).join('\n')).toMatch(/A groups add up to 112, not the total 110/)
  })

  it('fails on duplicate ids and malformed tiers and checks', () => {
    const bad = clone()
    const b1 = bad.aGroups[0]!.bGroups[0]!.items as unknown as { id: string; rule: unknown }[]
    b1[1]!.id = 'B1.1'
    const b2 = bad.aGroups[0]!.bGroups[1]!.items[0] as unknown as { rule: { tiers: { id: string; points: number }[] } }
    b2.rule.tiers[0]!.points = 4.2
    const b3 = bad.aGroups[0]!.bGroups[2]!.items[0] as unknown as { rule: { conditions: { deduction: number }[] } }
    b3.rule.conditions[0]!.deduction = 0
    const problems = rubricProblems(bad).join('\n')
    expect(problems).toMatch(/B1.1: id used twice/)
    expect(problems).toMatch(/B2.1: tier pass gives 4.2/)
    expect(problems).toMatch(/B2.1: no tier reaches the maximum 5/)
    expect(problems).toMatch(/B3.1: condition a deducts 0/)
  })
})
