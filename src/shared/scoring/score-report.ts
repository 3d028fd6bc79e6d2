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

/** Adds item scores up into B groups, A groups and the total, all by the rubric's own structure. */
export function aggregate(rubric: Rubric, itemScores: Record<string, number>, incomplete: string[]): ScoreReport {
  const items: Record<string, number> = {}
  for (const id of itemById(rubric).keys()) items[id] = itemScores[id] ?? 0
  // One object with the A keys first (their sums filled in below): merging two objects by spreading them cost
  // about 15 µs a score in V8, most of a save's scoring.
  const groups: Record<string, number> = {}
  for (const a of rubric.aGroups) groups[a.id] = 0
  let total = 0
  for (const a of rubric.aGroups) {
    let aSum = 0
    for (const b of a.bGroups) {
      let bSum = 0
      for (const i of b.items) bSum += items[i.id]!
      groups[b.id] = bSum
      aSum += bSum
    }
    // Added up in the same order as always, so that a total never moves by a rounding.
    let ownItems = 0
    for (const i of a.items) ownItems += items[i.id]!
    aSum += ownItems
    groups[a.id] = aSum
    total += aSum
  }
  return { total, max: rubric.total, complete: incomplete.length === 0, groups, items, incomplete }
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

/**
 * The self score after `changed` items' answers changed, from the score of the answers before: only those
 * items are scored again (a save changes one item of 38, and the server scores every save). A previous score
 * that does not cover this rubric's items is not built on: everything is scored again.
 */
export function rescoreAnswers(rubric: Rubric, previous: ScoreReport, answers: Answers, changed: readonly string[]): ScoreReport {
  const index = itemById(rubric)
  const covers = Object.keys(previous.items).length === index.size && [...index.keys()].every((id) => id in previous.items)
  if (!covers) return scoreAnswers(rubric, answers)
  const scores: Record<string, number> = { ...previous.items }
  const wasIncomplete = new Set(previous.incomplete)
  const nowIncomplete = new Set<string>()
  for (const id of changed) {
    const item = index.get(id)
    if (!item) continue
    const { score, complete } = scoreItem(item, answers[id])
    scores[id] = score
    wasIncomplete.delete(id)
    if (!complete) nowIncomplete.add(id)
  }
  const incomplete = [...index.keys()].filter((id) => wasIncomplete.has(id) || nowIncomplete.has(id))
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
