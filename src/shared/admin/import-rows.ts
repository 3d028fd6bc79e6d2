import { MOBILE_PHONE } from '../contract/fields'

/** Limits of one import, shown on the import page before they bite and enforced by the server. */
export const MAX_IMPORT_ROWS = 1000
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024
export const SOCIETY_NAME_MAX = 60
export const CONTACT_MAX = 30

/** The columns read from a file, matched by header text in any order; other columns are ignored. */
export const IMPORT_COLUMNS = { name: '学会名称', contact: '联系人', phone: '联系电话' } as const
type Column = keyof typeof IMPORT_COLUMNS

/** One society as read from a file or pasted lines; `row` is its row number as the user sees it. */
export interface ImportRow {
  row: number
  name: string
  contact: string
  phone: string
}

/** How a table's header row was read. */
export interface ImportTable {
  rows: ImportRow[]
  /** Row number of the header, 0 when there was none (pasted lines without one: 名称, 联系人, 电话 in order). */
  headerRow: number
  ignoredColumns: string[]
}

/** Trims ordinary and full-width spaces (the cells of Chinese spreadsheets carry both). */
export const cleanCell = (text: string): string => text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')

/** Names compared without any spaces: "自治区 数学会" and "自治区数学会" are the same society. */
export const societyNameKey = (name: string): string => name.replace(/[\s\u3000]+/g, '')

const headerKey = (text: string) => societyNameKey(text).replace(/[*＊:：]/g, '')

function findColumns(cells: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {}
  cells.forEach((cell, index) => {
    for (const [column, title] of Object.entries(IMPORT_COLUMNS) as [Column, string][]) {
      if (headerKey(cell) === title && found[column] === undefined) found[column] = index
    }
  })
  return found
}

/** The first rows searched for the header: a title line or two above it is common. */
export const HEADER_SEARCH_ROWS = 10

/**
 * Rows of a table (cells as text, with their row numbers). The header is the first row with a 学会名称 cell;
 * `headerOptional` (pasted lines) reads a table without one as 学会名称, 联系人, 联系电话 in that order.
 * Wholly empty rows are left out; a row with cells but no name stays, to be reported.
 */
export function rowsFromTable(
  table: readonly { row: number; cells: readonly string[] }[],
  headerOptional = false,
): ImportTable | { error: string } {
  const headerIndex = table.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => findColumns(r.cells).name !== undefined)
  if (headerIndex < 0 && !headerOptional) {
    return { error: `没有找到“${IMPORT_COLUMNS.name}”列：请在表头（第一行）写上 学会名称、联系人、联系电话` }
  }
  const header = headerIndex >= 0 ? table[headerIndex]! : null
  const columns = header ? findColumns(header.cells) : { name: 0, contact: 1, phone: 2 }
  const used = new Set(Object.values(columns))
  const ignoredColumns = header ? header.cells.map(cleanCell).filter((cell, i) => cell && !used.has(i)) : []
  const cell = (cells: readonly string[], column: Column) => {
    const index = columns[column]
    return index === undefined ? '' : cleanCell(cells[index] ?? '')
  }
  const rows = table
    .slice(headerIndex + 1)
    .filter((r) => r.cells.some((c) => cleanCell(c) !== ''))
    .map((r) => ({ row: r.row, name: cell(r.cells, 'name'), contact: cell(r.cells, 'contact'), phone: cell(r.cells, 'phone') }))
  return { rows, headerRow: header?.row ?? 0, ignoredColumns }
}

/**
 * Lines pasted from Excel (tab separated) or typed (comma separated, either width); a header line is optional.
 * Row numbers are line numbers.
 */
export function parsePastedLines(text: string): ImportTable | { error: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const separator = lines.some((l) => l.includes('\t')) ? '\t' : /,|，/
  return rowsFromTable(
    lines.map((line, i) => ({ row: i + 1, cells: line.split(separator) })),
    true,
  )
}

/** 11-digit mobile, or a landline with its area code (0991-1234567, optional extension). */
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/

export const normalizePhone = (phone: string): string => phone.replace(/[\s\u3000()（）]/g, '').replace(/^\+?86-?/, '')

export const isContactPhone = (phone: string): boolean => MOBILE_PHONE.test(phone) || LANDLINE.test(phone)

export interface PlannedSociety {
  row: number
  name: string
  contact: string
  phone: string
}

export interface SkippedRow {
  row: number
  name: string
  reason: string
}

/** Which rows become societies and which are skipped, with why: the preview and the import agree on it. */
export function planImport(
  rows: readonly { row: number; name: string; contact: string; phone: string }[],
  registeredNames: readonly string[],
): { create: PlannedSociety[]; skipped: SkippedRow[] } {
  const registered = new Set(registeredNames.map(societyNameKey))
  const seen = new Map<string, number>()
  const create: PlannedSociety[] = []
  const skipped: SkippedRow[] = []
  for (const raw of rows) {
    const name = cleanCell(raw.name)
    const contact = cleanCell(raw.contact)
    const phone = normalizePhone(raw.phone)
    const key = societyNameKey(name)
    const skip = (reason: string) => skipped.push({ row: raw.row, name, reason })
    if (!name) skip('学会名称为空')
    else if (name.length > SOCIETY_NAME_MAX) skip(`学会名称超过${SOCIETY_NAME_MAX}字`)
    else if (seen.has(key)) skip(`与第${seen.get(key)}行重复`)
    else if (registered.has(key)) skip('该学会已登记')
    else if (phone && !isContactPhone(phone)) skip(`联系电话“${raw.phone}”格式不正确，应为手机号或带区号的座机号`)
    else if (contact.length > CONTACT_MAX) skip(`联系人超过${CONTACT_MAX}字`)
    else create.push({ row: raw.row, name, contact, phone })
    if (name && !seen.has(key)) seen.set(key, raw.row)
  }
  return { create, skipped }
}
