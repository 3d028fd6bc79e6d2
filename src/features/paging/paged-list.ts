/** The rows shown of a list read page by page (by offset), after a further page was read. */
export interface PagedRows<T> {
  rows: T[]
  /**
   * The list changed between the reads: a row of the new page was shown already (it or others moved, or rows
   * were added before it), so a row may have moved past the pages read and not be shown.
   */
  moved: boolean
}

/** A further page added to the rows shown: a row shown already is not shown twice; its newer copy takes its place. */
export function addPage<T>(shown: readonly T[], page: readonly T[], keyOf: (row: T) => string): PagedRows<T> {
  const at = new Map(shown.map((row, index) => [keyOf(row), index]))
  const rows = [...shown]
  let moved = false
  for (const row of page) {
    const index = at.get(keyOf(row))
    if (index === undefined) {
      at.set(keyOf(row), rows.length)
      rows.push(row)
    } else {
      moved = true
      rows[index] = row
    }
  }
  return { rows, moved }
}

/** One page of a list as the server answers it (review.list, notifications.list). */
interface Answered<R> {
  rows: R[]
  total: number
}

export interface PageReading<R, A extends Answered<R>> {
  /** What is shown so far (null: nothing yet). */
  shown: Answered<R> | null
  keyOf(row: R): string
  pageSize: number
  /** The largest page the server gives. */
  maxPageSize: number
  fetch(page: number, pageSize: number): Promise<A>
}

/**
 * Page `page` of a list paged by offset (1: afresh), with the rows shown before it. When the list changed between
 * the reads (a row came again, or the total changed), a row may have moved past the pages read unseen, so the
 * rows shown are read again, in their order now. Answers the server's answer (its total, counts) with every row
 * shown and the number of pages they amount to.
 */
export async function readPage<R, A extends Answered<R>>(page: number, reading: PageReading<R, A>): Promise<A & { page: number }> {
  const { shown, keyOf, pageSize, maxPageSize, fetch } = reading
  const answer = await fetch(page, pageSize)
  if (page === 1 || !shown) return { ...answer, page }
  const added = addPage(shown.rows, answer.rows, keyOf)
  if (!added.moved && answer.total === shown.total) return { ...answer, rows: added.rows, page }
  const wanted = page * pageSize
  const first = await fetch(1, maxPageSize)
  let rows = addPage([], first.rows, keyOf).rows
  for (let next = 2; rows.length < Math.min(wanted, first.total) && (next - 1) * maxPageSize < first.total; next++) {
    rows = addPage(rows, (await fetch(next, maxPageSize)).rows, keyOf).rows
  }
  // Cut to whole pages read, so that the next page starts where the rows shown end.
  const covered = rows.slice(0, wanted)
  return { ...first, rows: covered, page: Math.ceil(covered.length / pageSize) }
}
