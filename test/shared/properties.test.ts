import fc from 'fast-check'
import { getRubric, parseAnswers, rescoreAnswers, rubricItems, scoreAnswers, scoreItem, type Answers, type ItemAnswer, type RubricItem } from '../../src/shared'
import { bestAnswer, entry } from './answer-builders'

const rubric = getRubric(2022)
const items = rubricItems(rubric)

/** Any valid (possibly partial) answer to one item. */
function itemAnswerArb(item: RubricItem): fc.Arbitrary<ItemAnswer> {
  const rule = item.rule
  switch (rule.kind) {
    case 'checks':
      return fc.record(
        { checks: fc.record(Object.fromEntries(rule.conditions.map((c) => [c.id, fc.boolean()])), { requiredKeys: [] }) },
        { requiredKeys: [] },
      ).map((a) => a as ItemAnswer)
    case 'tiers':
      return fc.record({ tier: fc.constantFrom(...rule.tiers.map((t) => t.id)) }, { requiredKeys: [] })
    case 'count':
      return fc.record(
        { entries: fc.nat(12).map((n) => Array.from({ length: n }, (_, i) => entry(item, i))) },
        { requiredKeys: [] },
      )
    case 'judgement':
      return fc.record({ score: fc.integer({ min: 0, max: item.max * 2 }).map((n) => n / 2) }, { requiredKeys: [] })
  }
}

const answersArb = fc
  .record(Object.fromEntries(items.map((i) => [i.id, itemAnswerArb(i)])), { requiredKeys: [] })
  .map((a) => a as Answers)

describe('properties of the scoring engine', () => {
  it('every item’s score lies in [0, max], and valid answers always parse', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(parseAnswers(rubric, answers).ok).toBe(true)
        const report = scoreAnswers(rubric, answers)
        for (const item of items) {
          expect(report.items[item.id]).toBeGreaterThanOrEqual(0)
          expect(report.items[item.id]).toBeLessThanOrEqual(item.max)
        }
        expect(report.total).toBeGreaterThanOrEqual(0)
        expect(report.total).toBeLessThanOrEqual(110)
      }),
    )
  })

  it('answering a check "yes" never lowers a score', () => {
    const checkItems = items.filter((i) => i.rule.kind === 'checks')
    fc.assert(
      fc.property(fc.constantFrom(...checkItems), fc.infiniteStream(fc.boolean()), fc.nat(), (item, bools, k) => {
        const conditions = item.rule.kind === 'checks' ? item.rule.conditions : []
        const checks = Object.fromEntries(conditions.map((c) => [c.id, bools.next().value as boolean]))
        const flipped = { ...checks, [conditions[k % conditions.length]!.id]: true }
        expect(scoreItem(item, { checks: flipped }).score).toBeGreaterThanOrEqual(scoreItem(item, { checks }).score)
      }),
    )
  })

  it('the total is the sum of the A groups, each A the sum of its parts', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { groups, items: scores, total } = scoreAnswers(rubric, answers)
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
        expect(total).toBe(sum(rubric.aGroups.map((a) => groups[a.id]!)))
        for (const a of rubric.aGroups) {
          expect(groups[a.id]).toBe(sum(a.bGroups.map((b) => groups[b.id]!)) + sum(a.items.map((i) => scores[i.id]!)))
          for (const b of a.bGroups) expect(groups[b.id]).toBe(sum(b.items.map((i) => scores[i.id]!)))
        }
      }),
    )
  })

  it('rescoring only the changed items after each save equals scoring the whole form again', () => {
    const itemArb = fc.constantFrom(...items)
    const saveArb = itemArb.chain((item) => fc.record({ id: fc.constant(item.id), answer: fc.option(itemAnswerArb(item), { nil: undefined }) }))
    fc.assert(
      fc.property(answersArb, fc.array(fc.array(saveArb, { minLength: 1, maxLength: 4 }), { maxLength: 8 }), (start, saves) => {
        let answers: Answers = { ...start }
        let score = scoreAnswers(rubric, answers)
        for (const save of saves) {
          const next: Record<string, ItemAnswer> = { ...answers }
          for (const { id, answer } of save) {
            if (answer === undefined) delete next[id]
            else next[id] = answer
          }
          answers = next as Answers
          score = rescoreAnswers(rubric, score, answers, save.map((s) => s.id))
          expect(score).toEqual(scoreAnswers(rubric, answers))
        }
      }),
    )
  })

  it('a stored score that does not cover the rubric is not built on: the form is scored whole', () => {
    const answers = Object.fromEntries(items.map((i) => [i.id, bestAnswer(i)])) as Answers
    const stale = { ...scoreAnswers(rubric, {}), items: { [items[0]!.id]: 0 } }
    expect(rescoreAnswers(rubric, stale, answers, [items[0]!.id])).toEqual(scoreAnswers(rubric, answers))
  })

  it('parsing then scoring never throws on arbitrary JSON: it accepts or rejects', () => {
    const itemIds = fc.constantFrom(...items.map((i) => i.id), '__proto__', 'constructor', 'B0.0')
    const fieldNames = fc.constantFrom('checks', 'tier', 'entries', 'score', 'remark', 'photos', 'text', 'category', 'a', '__proto__')
    const jsonish = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        fc.dictionary(fieldNames, tie('value')),
        fc.array(tie('value'), { maxLength: 4 }),
      ),
    })).value
    const answersish = fc.oneof(fc.jsonValue(), fc.dictionary(itemIds, jsonish))
    fc.assert(
      fc.property(answersish, (input) => {
        const parsed = parseAnswers(rubric, input)
        if (parsed.ok) scoreAnswers(rubric, parsed.value)
        else expect(parsed.issues.length).toBeGreaterThan(0)
      }),
      { numRuns: 2000 },
    )
  })
})
