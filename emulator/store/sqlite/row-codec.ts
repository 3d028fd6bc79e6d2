export type Row = Record<string, unknown>

/** How a field is stored: as it is, as JSON text, or as 0/1. */
export type ColumnKind = 'plain' | 'json' | 'bool'

export interface RowCodec<T> {
  readonly columns: readonly string[]
  toRow(record: T): Row
  fromRow(row: Row): T
}

const columnOf = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

function encode(kind: ColumnKind, value: unknown): unknown {
  if (kind === 'json') return JSON.stringify(value ?? null)
  if (kind === 'bool') return value ? 1 : 0
  return value ?? null
}

function decode(kind: ColumnKind, value: unknown): unknown {
  if (kind === 'json') return value === null || value === undefined ? null : JSON.parse(String(value))
  if (kind === 'bool') return value === 1
  return value ?? null
}

/**
 * Maps every field of a record to a snake_case column and back. Listing every field is required by the
 * type, so a field added to a record cannot be silently dropped by the store.
 */
export function rowCodec<T extends object>(fields: Record<keyof T & string, ColumnKind>): RowCodec<T> {
  const entries = Object.entries(fields) as [keyof T & string, ColumnKind][]
  return {
    columns: entries.map(([field]) => columnOf(field)),
    toRow: (record) => Object.fromEntries(entries.map(([field, kind]) => [columnOf(field), encode(kind, record[field])])),
    fromRow: (row) => Object.fromEntries(entries.map(([field, kind]) => [field, decode(kind, row[columnOf(field)])])) as T,
  }
}
