import type { DuplicateUse, EvidenceChanged, SubmissionView } from '../../shared'

type Duplicates = Record<string, DuplicateUse[]>

/**
 * Where else each photo of the form is used once `fileId` is added (with the same photos the server found) or
 * removed; null when the copy does not list one of those. The society sees uses within its own form, so the
 * relation is mutual: each photo found also gets the new one. Lists keep the form's order, as the server's do.
 */
function duplicatesAfter(view: SubmissionView, evidence: SubmissionView['evidence'], answer: EvidenceChanged): Duplicates | null {
  const { fileId, itemId } = answer
  const itemOf = new Map(Object.entries(evidence).flatMap(([id, files]) => files.map((f) => [f, id] as const)))
  const sameAs = answer.added?.sameAs ?? []
  // The society's view names no society for the places in its own form.
  const uses = sameAs.flatMap(({ fileId: id, exact }): DuplicateUse[] => {
    const at = itemOf.get(id)
    return at ? [{ fileId: id, itemId: at, submissionId: view.id, societyName: '', sameSubmission: true, exact }] : []
  })
  if (uses.length !== sameAs.length) return null
  const order = Object.values(evidence).flat()
  const byFormOrder = (list: DuplicateUse[]) => list.sort((a, b) => order.indexOf(a.fileId) - order.indexOf(b.fileId))
  const next: Duplicates = {}
  for (const [id, listed] of Object.entries(view.duplicates ?? {})) {
    if (id === fileId) continue
    const kept = listed.filter((use) => use.fileId !== fileId)
    const back = uses.find((use) => use.fileId === id)
    if (back) kept.push({ ...back, fileId, itemId })
    if (kept.length > 0) next[id] = byFormOrder(kept)
  }
  for (const use of uses) next[use.fileId] ??= [{ ...use, fileId, itemId }]
  if (uses.length > 0) next[fileId] = byFormOrder([...uses])
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
  const duplicates = duplicatesAfter(view, evidence, answer)
  if (!duplicates) return null
  const newer = answer.version > view.version
  return {
    ...view,
    version: newer ? answer.version : view.version,
    updatedAt: newer ? answer.updatedAt : view.updatedAt,
    evidence,
    itemVersions: changed ? { ...view.itemVersions, [itemId]: answer.version } : view.itemVersions,
    files: fileInfo,
    duplicates,
  }
}
