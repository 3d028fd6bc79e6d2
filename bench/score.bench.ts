/**
 * Throughput of the shared engine, which runs on every keystroke on the phone and on every save on the server.
 * Prints figures; asserts nothing (tests assert behaviour, benchmarks measure).
 */
import { getRubric, parseAnswers, rubricItems, scoreAnswers, type Answers, type ItemAnswer, type RubricItem } from '../src/shared'
import { figures, type Figure } from './figures'
import { measure } from './measure'

const rubric = getRubric(2022)
const items = rubricItems(rubric)

function fullAnswer(item: RubricItem): ItemAnswer {
  const rule = item.rule
  switch (rule.kind) {
    case 'checks':
      return { checks: Object.fromEntries(rule.conditions.map((c, i) => [c.id, i % 2 === 0])), remark: '已提供会议纪要' }
    case 'tiers':
      return { tier: rule.tiers[1]!.id }
    case 'count':
      return { entries: Array.from({ length: 4 }, (_, i) => ({ text: `活动${i}`, ...(rule.categories ? { category: rule.categories[0]!.id } : {}) })) }
    case 'judgement':
      return { score: item.max / 2, remark: '全年开展科普活动12场' }
  }
}

const answers: Answers = Object.fromEntries(items.map((i) => [i.id, fullAnswer(i)]))
const wire = JSON.parse(JSON.stringify(answers)) as unknown

export default async function run(): Promise<Figure[]> {
  const score = measure('scoreAnswers (38 items, complete)', 20000, () => scoreAnswers(rubric, answers))
  const parse = measure('parseAnswers (38 items, complete)', 5000, () => parseAnswers(rubric, wire))
  const both = measure('parse + score (server save path)', 5000, () => {
    const parsed = parseAnswers(rubric, wire)
    if (parsed.ok) scoreAnswers(rubric, parsed.value)
  })
  return figures('score', [
    { name: 'scoreAnswers p50', value: score.p50, unit: 'ms' },
    { name: 'parseAnswers p50', value: parse.p50, unit: 'ms' },
    { name: 'parse + score p50', value: both.p50, unit: 'ms' },
  ])
}
