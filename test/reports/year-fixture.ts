import { getRubric, rubricItems, scoreAnswers, type Answers, type ItemAnswer, type RubricItem } from '../../src/shared'
import type { Store, SubmissionRecord } from '../../cloudfunctions/core/ports'
import { entry } from '../shared/answer-builders'
import { seededRandom as random } from '../fixtures/seeded-random'

/**
 * A year of many societies written straight into a real store, with varied answers, evidence, statuses
 * and reviews (deterministic for a seed): the input of the export tests and benchmarks.
 */

export const FIXTURE_YEAR = 2022
const rubric = getRubric(FIXTURE_YEAR)
const items = rubricItems(rubric)


const halfSteps = (rand: () => number, max: number) => Math.floor(rand() * (max * 2 + 1)) / 2

function randomAnswer(item: RubricItem, rand: () => number): ItemAnswer {
  const rule = item.rule
  const remark = rand() < 0.2 ? { remark: `${item.id}的说明：全年开展相关工作，材料见附件。` } : {}
  switch (rule.kind) {
    case 'checks':
      return { checks: Object.fromEntries(rule.conditions.map((c) => [c.id, rand() < 0.8])), ...remark }
    case 'tiers':
      return { tier: rule.tiers[Math.floor(rand() * rule.tiers.length)]!.id, ...remark }
    case 'count': {
      const n = Math.floor(rand() * (Math.ceil(rule.cap / rule.perEntry) + 1))
      return { entries: Array.from({ length: n }, (_, i) => entry(item, i)), ...remark }
    }
    case 'judgement':
      return { score: halfSteps(rand, item.max), ...remark }
  }
}

export type FixtureStatus = SubmissionRecord['status'] | 'none'

export interface FixtureSociety {
  id: string
  name: string
  status: FixtureStatus
}

const statusOf = (rand: () => number): FixtureStatus => {
  const r = rand()
  return r < 0.7 ? 'reviewed' : r < 0.8 ? 'submitted' : r < 0.85 ? 'returned' : r < 0.9 ? 'draft' : 'none'
}

/** Names as the 科协's list has them; one that a spreadsheet would read as a formula, to prove it is not. */
const nameOf = (i: number) => (i === 3 ? '=HYPERLINK("http://evil.example","点我")学会' : `自治区第${i + 1}学会`)

export async function seedYear(store: Store, count: number, seed = 1): Promise<FixtureSociety[]> {
  const rand = random(seed)
  const at = '2023-02-01T02:00:00.000Z'
  const made: FixtureSociety[] = []
  for (let i = 0; i < count; i++) {
    const id = `soc-${String(i).padStart(4, '0')}`
    const status = i === 0 ? 'reviewed' : statusOf(rand)
    const society = { id, name: nameOf(i), contact: '', bindingCodeHash: `hash-${id}`, createdAt: at }
    await store.putSociety(society)
    const openid = `o-filler-${id}`
    await store.putUser({
      openid,
      role: 'filler',
      societyId: id,
      name: i === 5 ? '+张三' : `填报人${i + 1}`,
      phone: `139${String(10000000 + i).slice(-8)}`,
      createdAt: at,
      updatedAt: at,
    })
    made.push({ id, name: society.name, status })
    if (status === 'none') continue
    const answered = status === 'draft' ? items.filter(() => rand() < 0.5) : items
    const answers: Answers = Object.fromEntries(answered.map((item) => [item.id, randomAnswer(item, rand)]))
    const evidence = Object.fromEntries(
      answered
        .map((item) => [item.id, Array.from({ length: Math.floor(rand() * 4) }, (_, k) => `local:evidence/${id}/2022/${item.id}/p${k}.jpg`)] as const)
        .filter(([, files]) => files.length > 0),
    )
    const reviewItems = Object.fromEntries(
      items
        .filter(() => status === 'reviewed' && rand() < 0.3)
        .map((item) => [item.id, { finalScore: halfSteps(rand, item.max), comment: rand() < 0.5 ? '-材料不全，酌情扣分' : '' }]),
    )
    const reviewedAt = '2023-03-01T08:30:00.000Z'
    await store.insertSubmission({
      id: `sub-${id}`,
      societyId: id,
      year: FIXTURE_YEAR,
      status,
      version: 3,
      answers,
      itemVersions: {},
      evidence,
      selfScore: scoreAnswers(rubric, answers),
      returnReasons: null,
      review:
        status === 'reviewed'
          ? { items: reviewItems, reviewerName: '审核员甲', updatedAt: reviewedAt, finalizedAt: reviewedAt }
          : null,
      submittedAt: status === 'draft' ? null : '2023-02-20T03:00:00.000Z',
      updatedAt: status === 'reviewed' ? reviewedAt : '2023-02-20T03:00:00.000Z',
      history: [],
      lastSavedBy: openid,
    })
  }
  return made
}
