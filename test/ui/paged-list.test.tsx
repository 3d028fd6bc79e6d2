import { addPage, readPage } from '../../src/features/paging/paged-list'

type Row = { id: string; v: number }
const row = (id: string, v = 0): Row => ({ id, v })
const ids = (rows: Row[]) => rows.map((r) => r.id)

/** A list on a server, ordered as given, read by offset pages; `list` may change between reads. */
function server(initial: string[]) {
  const state = { list: initial.map((id) => row(id)), reads: [] as [number, number][] }
  const fetch = async (page: number, pageSize: number) => {
    state.reads.push([page, pageSize])
    return { rows: state.list.slice((page - 1) * pageSize, page * pageSize), total: state.list.length }
  }
  return { state, fetch }
}

const names = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `s${i + from}`)

describe('addPage', () => {
  it('appends new rows and shows a row that came again once, as its newer copy, where it was', () => {
    expect(addPage([row('a'), row('b')], [row('c'), row('d')], (r) => r.id)).toEqual({ rows: [row('a'), row('b'), row('c'), row('d')], moved: false })
    expect(addPage([row('a'), row('b')], [row('b', 2), row('c')], (r) => r.id)).toEqual({ rows: [row('a'), row('b', 2), row('c')], moved: true })
  })
})

describe('readPage', () => {
  const reading = (shown: { rows: Row[]; total: number } | null, fetch: (p: number, s: number) => Promise<{ rows: Row[]; total: number }>) => ({
    shown,
    keyOf: (r: Row) => r.id,
    pageSize: 3,
    maxPageSize: 5,
    fetch,
  })

  it('adds the next page when nothing changed between the reads (one read)', async () => {
    const { state, fetch } = server(names(8))
    const first = await readPage(1, reading(null, fetch))
    const second = await readPage(2, reading(first, fetch))
    expect(ids(second.rows)).toEqual(names(6))
    expect(second.page).toBe(2)
    expect(state.reads).toEqual([[1, 3], [2, 3]])
  })

  it('a row that moved to the top between the reads is listed, and none twice: the rows shown are read again', async () => {
    const { state, fetch } = server(names(8))
    const first = await readPage(1, reading(null, fetch))
    // s4, not shown yet, is saved and moves to the top: s2 would come again and s4 never.
    state.list = [row('s4'), ...state.list.filter((r) => r.id !== 's4')]
    const second = await readPage(2, reading(first, fetch))
    // Read again in pages as large as the server gives (5) until the six wanted are covered.
    expect(ids(second.rows)).toEqual(['s4', 's0', 's1', 's2', 's3', 's5'])
    expect(second.page).toBe(2)
    expect(state.reads.slice(2)).toEqual([[1, 5], [2, 5]])

    // Nothing changed since: the next page adds what follows, with one read.
    const third = await readPage(3, reading(second, fetch))
    expect(ids(third.rows)).toEqual([...ids(second.rows), 's6', 's7'])
    expect(state.reads.slice(4)).toEqual([[3, 3]])
  })

  it('rows added before the page (new messages) are found by the total and listed', async () => {
    const { fetch, state } = server(names(7))
    const first = await readPage(1, reading(null, fetch))
    state.list = [row('new1'), row('new2'), ...state.list]
    const second = await readPage(2, reading(first, fetch))
    expect(ids(second.rows)).toEqual(['new1', 'new2', 's0', 's1', 's2', 's3'])
    expect(second.page).toBe(2)
    const third = await readPage(3, reading(second, fetch))
    expect(ids(third.rows)).toEqual(['new1', 'new2', ...names(7)])
  })

  it('a row removed before the page (fewer in all) does not hide the one after it', async () => {
    const { fetch, state } = server(names(7))
    const first = await readPage(1, reading(null, fetch))
    state.list = state.list.filter((r) => r.id !== 's1')
    const second = await readPage(2, reading(first, fetch))
    // s3 moved into the first page's span: read again, it is listed.
    expect(ids(second.rows)).toEqual(['s0', 's2', 's3', 's4', 's5', 's6'])
    expect(second.page).toBe(2)
  })
})
