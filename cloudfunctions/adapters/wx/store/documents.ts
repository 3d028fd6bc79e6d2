import type { Query } from 'wx-server-sdk'

export type Doc = Record<string, unknown>

/** Rows per read: the server SDK returns at most 1000 a call; 100 keeps each answer small. */
export const PAGE = 100

/** Every document of a query, page by page (the query must be ordered for stable pages). */
export async function readAll(query: Query): Promise<Doc[]> {
  const rows: Doc[] = []
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.skip(skip).limit(PAGE).get()
    rows.push(...data)
    if (data.length < PAGE) return rows
  }
}

export async function readOne(query: Query): Promise<Doc | null> {
  const { data } = await query.limit(1).get()
  return data[0] ?? null
}

/** Drops `_id` (it cannot be written by set/update) and keeps the rest. */
export function withoutId(doc: Doc): Doc {
  const { _id: _ignored, ...rest } = doc
  return rest
}

/** A record stored as it is, its own key field renamed to `_id`. */
export function keyedBy<R extends object, K extends keyof R & string>(key: K) {
  return {
    toDoc: (record: R): Doc => {
      const { [key]: id, ...rest } = record
      return { ...rest, _id: id }
    },
    fromDoc: (doc: Doc): R => {
      const { _id: id, ...rest } = doc
      return { ...rest, [key]: id } as R
    },
  }
}
