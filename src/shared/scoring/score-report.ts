import type { Answers } from '../answers/wire'
import { itemById } from '../rubric'
import type { Rubric } from '../rubric/types'
import { scoreItem } from './score-item'

/** Scores per item, per B and A group, and in total. Group keys run A1…A4 then B1…B12. */
export interface ScoreReport {
  readonly total: number
  readonly max: number
  readonly complete: boolean
  readonly groups: Record<string, number>
  readonly items: Record<string, number>
  /** Item ids not yet fully answered, in form order. */
  readonly incomplete: string[]
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0)

/** Adds item scores up into B groups, A groups and the total, all by the rubric's own structure. */
export function aggregate(rubric: Rubric, itemScores: Record<string, number>, incomplete: string[]): ScoreReport {
  const items: Record<string, number> = {}
  for (const item of itemById(rubric).values()) items[item.id] = itemScores[item.id] ?? 0
  const aGroups: Record<string, number> = {}
  const bGroups: Record<string, number> = {}
  for (const a of rubric.aGroups) {
    for (const b of a.bGroups) bGroups[b.id] = sum(b.items.map((i) => items[i.id] ?? 0))
    aGroups[a.id] = sum(a.bGroups.map((b) => bGroups[b.id] ?? 0)) + sum(a.items.map((i) => items[i.id] ?? 0))
  }
  return {
    total: sum(Object.values(aGroups)),
    max: rubric.total,
    complete: incomplete.length === 0,
    groups: { ...aGroups, ...bGroups },
    items,
    incomplete,
  }
}

/** The self score of a (validated) answers object, partial or whole. */
export function scoreAnswers(rubric: Rubric, answers: Answers): ScoreReport {
  const scores: Record<string, number> = {}
  const incomplete: string[] = []
  // The rubric's own index, built once: the items in form order without flattening the groups on every score.
  for (const item of itemById(rubric).values()) {
    const { score, complete } = scoreItem(item, answers[item.id])
    scores[item.id] = score
    if (!complete) incomplete.push(item.id)
  }
  return aggregate(rubric, scores, incomplete)
}

/** The reviewer's final scores by item id, where given. */
export function finalScoresOf(review: { readonly items: Readonly<Record<string, { readonly finalScore: number | null }>> } | null): Record<string, number> {
  const scores: Record<string, number> = {}
  for (const [itemId, item] of Object.entries(review?.items ?? {})) {
    if (typeof item.finalScore === 'number') scores[itemId] = item.finalScore
  }
  return scores
}

/**
 * The reviewed score: each item's final score where the reviewer gave one, its self score otherwise,
 * added up by the same engine.
 */
export function scoreReview(rubric: Rubric, answers: Answers, finalScores: Record<string, number>): ScoreReport {
  const self = scoreAnswers(rubric, answers)
  const merged: Record<string, number> = { ...self.items }
  for (const id of Object.keys(self.items)) {
    const final = finalScores[id]
    if (typeof final === 'number') merged[id] = final
  }
  return aggregate(rubric, merged, self.incomplete)
}
