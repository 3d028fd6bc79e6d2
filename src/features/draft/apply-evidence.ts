import type { DuplicateUse, EvidenceChanged, SubmissionView } from '../../shared'

type Duplicates = Record<string, DuplicateUse[]>

/**
 * Where else each photo of the form is used once `fileId` is added (with the places the server found) or
 * removed. The society sees uses within its own form, so the relation is mutual: each place found also gets
 * the new photo. Lists keep the form's order of photos, as the server builds them.
 */
function duplicatesAfter(before: Duplicates, evidence: SubmissionView['evidence'], answer: EvidenceChanged): Duplicates {
  const { fileId, itemId } = answer
  const found = answer.added?.duplicates ?? []
  const order = Object.values(evidence).flat()
  const byFormOrder = (uses: DuplicateUse[]) => uses.sort((a, b) => order.indexOf(a.fileId) - order.indexOf(b.fileId))
  const next: Duplicates = {}
  for (const [id, uses] of Object.entries(before)) {
    if (id === fileId) continue
    const kept = uses.filter((use) => use.fileId !== fileId)
    const back = found.find((use) => use.fileId === id)
    if (back) kept.push({ ...back, fileId, itemId })
    if (kept.length > 0) next[id] = byFormOrder(kept)
  }
  for (const use of found) next[use.fileId] ??= [{ ...use, fileId, itemId }]
  if (found.length > 0) next[fileId] = byFormOrder([...found])
  return next
}

/**
 * The copy of the submission with one file registered or removed as the server answered. Null when the copy
 * misses a change made before this one, or then lists another number of files for the item than the server
 * (another device's change): reload it.
 */
export function applyEvidenceChanged(view: SubmissionView, answer: EvidenceChanged): SubmissionView | null {
  const { itemId, fileId, added } = answer
  if (answer.id !== view.id) return null
  const changed = answer.from !== answer.version
  // A copy taken after this change (another action's whole view) has it already.
  if (changed && (view.itemVersions[itemId] ?? 0) >= answer.version) return view
  if (view.version < answer.from) return null
  const listed = view.evidence[itemId] ?? []
  const files = listed.filter((id) => id !== fileId)
  if (added) files.splice(listed.includes(fileId) ? listed.indexOf(fileId) : files.length, 0, fileId)
  if (files.length !== answer.count) return null
  const evidence = { ...view.evidence, [itemId]: files }
  if (files.length === 0) delete evidence[itemId]
  const fileInfo = { ...view.files }
  if (added) fileInfo[fileId] = added.file
  else delete fileInfo[fileId]
  const newer = answer.version > view.version
  return {
    ...view,
    version: newer ? answer.version : view.version,
    updatedAt: newer ? answer.updatedAt : view.updatedAt,
    evidence,
    itemVersions: changed ? { ...view.itemVersions, [itemId]: answer.version } : view.itemVersions,
    files: fileInfo,
    duplicates: duplicatesAfter(view.duplicates ?? {}, evidence, answer),
  }
}
