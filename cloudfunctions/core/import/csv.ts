/**
 * Rows of CSV text (RFC 4180: quoted fields with "" for a quote and line breaks inside), with 1-based row numbers.
 * Blank lines are left out (a 2 MB file of line breaks would otherwise be two million rows); past `maxRows` rows
 * the rest is not read and `more` says so.
 */
export function parseCsv(text: string, maxRows = Infinity): { rows: { row: number; cells: string[] }[]; more: boolean } {
  const rows: { row: number; cells: string[] }[] = []
  let cells: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let rowStart = 1
  const endField = () => {
    cells.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    if (cells.some((cell) => cell !== '')) rows.push({ row: rowStart, cells })
    cells = []
  }
  for (let i = 0; i < text.length; i++) {
    if (rows.length > maxRows) return { rows: rows.slice(0, maxRows), more: true }
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else {
        if (c === '\n') line++
        field += c
      }
    } else if (c === '"' && field === '') quoted = true
    else if (c === ',') endField()
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endRow()
      line++
      rowStart = line
    } else field += c
  }
  if (field !== '' || cells.length > 0) endRow()
  return rows.length > maxRows ? { rows: rows.slice(0, maxRows), more: true } : { rows, more: false }
}
