import Taro from '@tarojs/taro'

/** What a reviewer typed for one item and the server does not have yet. */
export interface TypedEntry {
  score: string
  comment: string
}

const keyOf = (submissionId: string) => `review-draft:${submissionId}`

function readAll(submissionId: string): Record<string, TypedEntry> {
  try {
    const value: unknown = Taro.getStorageSync(keyOf(submissionId))
    return typeof value === 'object' && value !== null ? (value as Record<string, TypedEntry>) : {}
  } catch {
    return {}
  }
}

/** The local copy of an item's typed score and comment, kept on the phone until the server has them. */
export const readTyped = (submissionId: string, itemId: string): TypedEntry | null => readAll(submissionId)[itemId] ?? null

export function writeTyped(submissionId: string, itemId: string, entry: TypedEntry | null): void {
  const all = readAll(submissionId)
  if (entry) all[itemId] = entry
  else delete all[itemId]
  try {
    if (Object.keys(all).length === 0) Taro.removeStorageSync(keyOf(submissionId))
    else Taro.setStorageSync(keyOf(submissionId), all)
  } catch {
    // Storage full or unavailable: the entry still lives on the page and goes to the server.
  }
}
