import type { Statement } from 'better-sqlite3'
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

/**
 * A statement that joins several tables, read as one row per table: each table's columns under their own names
 * (a plain `SELECT a.*, b.*` would let one table's `id` overwrite another's). A table whose `key` column came
 * back null (a LEFT JOIN that found nothing) reads as null.
 */
export function rowsPerTable<K extends string>(statement: Statement<unknown[]>, keys: Record<K, string>) {
  const columns = statement.columns()
  const raw = statement.raw(true)
  return (...params: unknown[]): Record<K, Row | null> | null => {
    const values = raw.get(...params) as unknown[] | undefined
    if (!values) return null
    const rows = Object.fromEntries(Object.keys(keys).map((table) => [table, {} as Row])) as Record<K, Row | null>
    columns.forEach(({ name, table }, i) => {
      const row = rows[table as K]
      if (row) row[name] = values[i]
    })
    for (const table of Object.keys(keys) as K[]) if (rows[table]?.[keys[table]] == null) rows[table] = null
    return rows
  }
}
