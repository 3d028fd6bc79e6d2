import { ActionError, parseItemAnswer, rescoreAnswers, type AnswerIssue, type ItemAnswer, type Rubric } from '../../../src/shared'
import type { SubmissionRecord } from '../ports'
import { deepEqual } from './deep-equal'
import { invalidInput, requireKnownItems } from './records'
import { bump } from '../domain/submission-change'

/** Item id → its whole new answer, or null to clear it. */
export type AnswerPatch = Record<string, ItemAnswer | null>

const hasPhotos = (value: unknown) => typeof value === 'object' && value !== null && 'photos' in value

/** Validates every patched item against the rubric; photos are registered by addPhoto, not here. */
export function parsePatch(rubric: Rubric, patch: Record<string, unknown>): AnswerPatch {
  requireKnownItems(rubric, Object.keys(patch))
  const parsed: AnswerPatch = {}
  const issues: AnswerIssue[] = []
  for (const [itemId, value] of Object.entries(patch)) {
    if (value === null) {
      parsed[itemId] = null
    } else if (hasPhotos(value)) {
      issues.push({ itemId, path: ['photos'], message: '证明照片请通过“上传照片”登记，不能随答案保存' })
    } else {
      const result = parseItemAnswer(rubric, itemId, value)
      if (result.ok) parsed[itemId] = result.value
      else issues.push(...result.issues)
    }
  }
  if (issues.length > 0) throw invalidInput(issues)
  return parsed
}

export interface ItemConflict {
  itemId: string
  server: ItemAnswer | null
}

/**
 * Applies a patch made from `baseVersion` to the stored record. An item changed on the server since the
 * base, and now different from the patch, is a conflict: nothing is written and the server copies are
 * returned. Unchanged items are skipped, so an identical resave writes nothing.
 */
export function mergePatch(
  rubric: Rubric,
  current: SubmissionRecord,
  patch: AnswerPatch,
  baseVersion: number,
  by: string,
  at: string,
): SubmissionRecord {
  const conflicts: ItemConflict[] = []
  const changed: string[] = []
  for (const [itemId, value] of Object.entries(patch)) {
    const server = current.answers[itemId] ?? null
    if (deepEqual(server, value)) continue
    if ((current.itemVersions[itemId] ?? 0) > baseVersion) conflicts.push({ itemId, server })
    else changed.push(itemId)
  }
  if (conflicts.length > 0) {
    const ids = conflicts.map((c) => c.itemId).join('、')
    throw new ActionError('CONFLICT', `${ids}已在另一台设备上修改，请选择保留哪一份`, {
      conflicts,
      version: current.version,
      itemVersions: current.itemVersions,
    })
  }
  if (changed.length === 0) return current
  const version = current.version + 1
  const answers = { ...current.answers }
  const itemVersions = { ...current.itemVersions }
  for (const itemId of changed) {
    const value = patch[itemId]
    if (value) answers[itemId] = value
    else delete answers[itemId]
    itemVersions[itemId] = version
  }
  return bump(current, at, { answers, itemVersions, selfScore: rescoreAnswers(rubric, current.selfScore, answers, changed), lastSavedBy: by })
}
