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

interface Mapping {
  field: string
  column: string
  kind: ColumnKind
}

/**
 * Maps every field of a record to a snake_case column and back. Listing every field is required by the
 * type, so a field added to a record cannot be silently dropped by the store. Every read and write of a
 * record goes through here (a save decodes and encodes about forty fields), so the column names are
 * worked out once and each row is mapped by a plain loop.
 */
export function rowCodec<T extends object>(fields: Record<keyof T & string, ColumnKind>): RowCodec<T> {
  const mappings: readonly Mapping[] = Object.entries<ColumnKind>(fields).map(([field, kind]) => ({ field, column: columnOf(field), kind }))
  return {
    columns: mappings.map((m) => m.column),
    toRow: (record) => {
      const row: Row = {}
      for (const { field, column, kind } of mappings) row[column] = encode(kind, (record as Record<string, unknown>)[field])
      return row
    },
    fromRow: (row) => {
      const record: Record<string, unknown> = {}
      for (const { field, column, kind } of mappings) record[field] = decode(kind, row[column])
      return record as T
    },
  }
}
