import type { Row, RowCodec } from './row-codec'

/** The statements every per-record module builds from its codec, and reading rows back into records. */

export const insertSql = (table: string, { columns }: RowCodec<unknown>) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`

const setSql = (codec: RowCodec<unknown>, key: string, from: (column: string) => string, fixed: readonly string[] = []) =>
  codec.columns
    .filter((c) => c !== key && !fixed.includes(c))
    .map((c) => `${c} = ${from(c)}`)
    .join(', ')

export const upsertSql = (table: string, codec: RowCodec<unknown>, key: string) =>
  `${insertSql(table, codec)} ON CONFLICT (${key}) DO UPDATE SET ${setSql(codec, key, (c) => `excluded.${c}`)}`

/**
 * `fixed`: columns a record never changes once stored. Left out of the SET, their indexes are not rewritten:
 * SQLite rewrites an index's entry whenever its column is assigned, even to the same value (a page more in the
 * WAL, and so in its fsync, for each such index).
 */
export const updateSql = (table: string, codec: RowCodec<unknown>, key: string, fixed: readonly string[] = []) =>
  `UPDATE ${table} SET ${setSql(codec, key, (c) => `@${c}`, fixed)} WHERE ${key} = @${key}`

export const one = <T>(codec: RowCodec<T>, row: unknown): T | null => (row ? codec.fromRow(row as Row) : null)
export const all = <T>(codec: RowCodec<T>, rows: unknown[]): T[] => rows.map((row) => codec.fromRow(row as Row))
export const count = (row: unknown) => (row as { n: number }).n
