import type { ItemAnswer } from '../../shared'
import type { PendingEdit, PendingEdits } from './pending'

/** Key-value storage the way Taro offers it (getStorageSync / setStorageSync / removeStorageSync). */
export interface SyncStorage {
  get(key: string): unknown
  set(key: string, value: unknown): void
  remove(key: string): void
}

/** What stays on the phone until the server has it: enough to replay the edits after a reload or an app kill. */
export interface LocalCopy {
  readonly societyId: string
  readonly baseVersion: number
  readonly edits: PendingEdits
  /** Item id → the other device's answer, for conflicts the filler has not settled yet. */
  readonly conflicts: Readonly<Record<string, ItemAnswer | null>>
}

export const localCopyKey = (year: number): string => `draft:${year}`

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function readLocalCopy(storage: SyncStorage, year: number): LocalCopy | null {
  let value: unknown
  try {
    value = storage.get(localCopyKey(year))
  } catch {
    return null
  }
  if (!isRecord(value) || typeof value.societyId !== 'string' || typeof value.baseVersion !== 'number') return null
  if (!isRecord(value.edits) || !isRecord(value.conflicts)) return null
  const edits: Record<string, PendingEdit> = {}
  for (const [itemId, edit] of Object.entries(value.edits)) {
    if (!isRecord(edit)) continue
    // Copies written before edits carried their check have no issue: they are sent, and the server checks them.
    const issue = typeof edit.issue === 'string' ? edit.issue : null
    edits[itemId] = { answer: (edit.answer ?? null) as ItemAnswer | null, base: (edit.base ?? null) as ItemAnswer | null, issue }
  }
  return { ...(value as unknown as LocalCopy), edits }
}

export function writeLocalCopy(storage: SyncStorage, year: number, copy: LocalCopy): void {
  const empty = Object.keys(copy.edits).length === 0 && Object.keys(copy.conflicts).length === 0
  try {
    if (empty) storage.remove(localCopyKey(year))
    else storage.set(localCopyKey(year), copy)
  } catch {
    // Storage full or unavailable: the edit still lives in memory and goes to the cloud.
  }
}
