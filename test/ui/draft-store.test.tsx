import { DraftStore, selectDraft } from '../../src/features/draft'
import { rubricCheck } from '../../src/features/draft/edit-check'
import { ActionError, getRubric } from '../../src/shared'
import { FakeServer, MemoryStorage } from './support/fake-server'

const YEAR = 2022
const check = rubricCheck(getRubric(YEAR))

function setup(server = new FakeServer(), storage = new MemoryStorage()) {
  let reconnect: () => void = () => undefined
  const store = new DraftStore({
    year: YEAR,
    call: server.call,
    storage,
    onReconnect: (cb) => {
      reconnect = cb
      return () => undefined
    },
  })
  const view = () => selectDraft(store.getState(), YEAR)
  return { server, storage, store, view, reconnect: () => reconnect() }
}

async function loaded(store: DraftStore) {
  await store.reload()
}

/** A first launch of the app, loaded; `relaunch()` starts it again over the same phone storage and server. */
async function firstLaunch() {
  const first = setup()
  await loaded(first.store)
  const relaunch = async () => {
    const again = setup(first.server, first.storage)
    await loaded(again.store)
    return again
  }
  return { ...first, relaunch }
}

/** Another phone saves B2.1 while this one, still on the old version, chooses a different level. */
async function conflictOnB21(ctx: ReturnType<typeof setup>) {
  ctx.server.saveFromOtherDevice('B2.1', { tier: 'fail' })
  ctx.store.setItemAnswer('B2.1', { tier: 'pass' }, check)
  await jest.advanceTimersByTimeAsync(820)
}

beforeEach(() => jest.useFakeTimers())
afterEach(() => jest.useRealTimers())

describe('the draft store', () => {
  test('keeps an edit on the phone at once, before the cloud save', async () => {
    const { store, storage, view } = setup()
    await loaded(store)
    store.setItemAnswer('B2.1', { tier: 'pass' }, check)
    expect(storage.get('draft:2022')).toMatchObject({ edits: { 'B2.1': { answer: { tier: 'pass' } } } })
    expect(view().answers['B2.1']).toEqual({ tier: 'pass' })
    expect(view().report.items['B2.1']).toBe(5)
    expect(view().saveState).toBe('saving')
  })

  test('batches edits made within the debounce into one patch', async () => {
    const { store, server, view, storage } = setup()
    await loaded(store)
    store.setItemAnswer('B1.1', { checks: { a: true } }, check)
    await jest.advanceTimersByTimeAsync(300)
    store.setItemAnswer('B2.1', { tier: 'basic' }, check)
    store.setItemAnswer('B6.1', { score: 3.5, remark: '全年开展政治学习12次' }, check)
    await jest.advanceTimersByTimeAsync(799)
    expect(server.saves).toHaveLength(0)
    await jest.advanceTimersByTimeAsync(10)
    expect(server.saves).toEqual([
      {
        baseVersion: 1,
        patch: {
          'B1.1': { checks: { a: true } },
          'B2.1': { tier: 'basic' },
          'B6.1': { score: 3.5, remark: '全年开展政治学习12次' },
        },
      },
    ])
    expect(view().saveState).toBe('saved')
    expect(view().submission?.version).toBe(2)
    expect(storage.data.has('draft:2022')).toBe(false)
  })

  test('a year the server has no form of (NOT_FOUND) is unavailable; a failure to reach the server is not', async () => {
    const { store, server, view } = setup()
    server.offline = true
    await loaded(store)
    expect(view()).toMatchObject({ unavailable: null, submission: null })
    expect(view().error).toBeTruthy()

    server.offline = false
    let opened = false
    const unopened = new DraftStore({
      year: YEAR,
      call: (action, input) =>
        action === 'submission.get' && !opened ? Promise.reject(new ActionError('NOT_FOUND', '2031年度尚未开放填报')) : server.call(action, input),
      storage: new MemoryStorage(),
    })
    const unopenedView = () => selectDraft(unopened.getState(), YEAR)
    await loaded(unopened)
    expect(unopenedView()).toMatchObject({ unavailable: '2031年度尚未开放填报', submission: null, editable: false })
    unopened.setItemAnswer('B2.1', { tier: 'pass' }, check)
    expect(unopenedView().answers).toEqual({})

    // Once the server has the form (the year opened), it is adopted and no longer unavailable.
    opened = true
    await unopened.reload()
    expect(unopenedView()).toMatchObject({ unavailable: null, error: null, editable: true })
  })

  test('a save refused as INVALID_STATE while the form still reads as open is said once, not sent again in a loop', async () => {
    const server = new FakeServer()
    let saves = 0
    const store = new DraftStore({
      year: YEAR,
      call: (action, input) => {
        if (action !== 'submission.saveAnswers') return server.call(action, input)
        saves += 1
        return Promise.reject(new ActionError('INVALID_STATE', '本学会已停用，自评表不能再修改或提交；如有疑问请联系管理员'))
      },
      storage: new MemoryStorage(),
    })
    const view = () => selectDraft(store.getState(), YEAR)
    await loaded(store)
    store.setItemAnswer('B2.1', { tier: 'pass' }, check)
    await jest.advanceTimersByTimeAsync(10_000)
    expect(saves).toBe(1)
    expect(view()).toMatchObject({ failure: '本学会已停用，自评表不能再修改或提交；如有疑问请联系管理员', saveState: 'error' })
    // Kept on the phone, and tried again on the next edit.
    expect(view().answers['B2.1']).toEqual({ tier: 'pass' })
    store.setItemAnswer('B2.1', { tier: 'basic' }, check)
    await jest.advanceTimersByTimeAsync(10_000)
    expect(saves).toBe(2)
  })

  test('a form closed by the server (the society deactivated) is not sent; its edit waits on the phone and is saved once it reopens', async () => {
    const server = new FakeServer()
    let closed: string | null = null
    const store = new DraftStore({
      year: YEAR,
      call: async (action, input) => {
        if (action === 'submission.saveAnswers' && closed) throw new ActionError('INVALID_STATE', '本学会已停用，自评表不能再修改或提交；如有疑问请联系管理员')
        const answer = await server.call(action, input)
        return (action === 'submission.get' ? { ...(answer as object), closedReason: closed } : answer) as typeof answer
      },
      storage: new MemoryStorage(),
    })
    const view = () => selectDraft(store.getState(), YEAR)
    await loaded(store)
    store.setItemAnswer('B2.1', { tier: 'pass' }, check)
    closed = '本学会已停用（如有疑问请联系管理员）'
    await jest.advanceTimersByTimeAsync(10_000)
    expect(view()).toMatchObject({ editable: false, readOnlyReason: '本学会已停用（如有疑问请联系管理员），内容只能查看不能修改', failure: null })
    expect(server.saves).toEqual([])
    expect(store.getState().edits['B2.1']?.answer).toEqual({ tier: 'pass' })

    closed = null
    await store.reload()
    await jest.advanceTimersByTimeAsync(10)
    expect(server.answers['B2.1']).toEqual({ tier: 'pass' })
    expect(store.getState().failure).toBeNull()
    expect(view().saveState).toBe('saved')
  })

  test('pending edits survive a reload of the app and are synced after it', async () => {
    const first = await firstLaunch()
    const { server } = first
    server.offline = true
    first.store.setItemAnswer('B12.1', { entries: [{ text: '2022-03 科协年会' }] }, check)
    await jest.advanceTimersByTimeAsync(1000)
    expect(first.view().saveState).toBe('offline')

    server.offline = false
    const second = await first.relaunch()
    expect(second.view().answers['B12.1']).toEqual({ entries: [{ text: '2022-03 科协年会' }] })
    await jest.advanceTimersByTimeAsync(10)
    expect(server.answers['B12.1']).toEqual({ entries: [{ text: '2022-03 科协年会' }] })
    expect(second.view().saveState).toBe('saved')
  })

  test('goes offline on a network error, keeps the edit, and retries until it is saved', async () => {
    const { store, server, view } = setup()
    await loaded(store)
    server.offline = true
    store.setItemAnswer('B4.1', { tier: 'complete' }, check)
    await jest.advanceTimersByTimeAsync(800)
    expect(view().saveState).toBe('offline')
    expect(view().answers['B4.1']).toEqual({ tier: 'complete' })
    server.offline = false
    await jest.advanceTimersByTimeAsync(2000)
    expect(server.answers['B4.1']).toEqual({ tier: 'complete' })
    expect(view().saveState).toBe('saved')
  })

  test('retries at once when the network comes back', async () => {
    const { store, server, view, reconnect } = setup()
    await loaded(store)
    server.offline = true
    store.setItemAnswer('B4.1', { tier: 'partial' }, check)
    await jest.advanceTimersByTimeAsync(800)
    server.offline = false
    reconnect()
    await jest.advanceTimersByTimeAsync(1)
    expect(server.answers['B4.1']).toEqual({ tier: 'partial' })
    expect(view().saveState).toBe('saved')
  })

  test('lists a same-item conflict with both answers and still saves the other items', async () => {
    const ctx = setup()
    const { store, server, view } = ctx
    await loaded(store)
    store.setItemAnswer('B1.1', { checks: { a: true } }, check)
    await conflictOnB21(ctx)
    await jest.advanceTimersByTimeAsync(10)
    expect(view().conflicts).toEqual([{ itemId: 'B2.1', mine: { tier: 'pass' }, theirs: { tier: 'fail' } }])
    expect(server.answers['B1.1']).toEqual({ checks: { a: true } })
    expect(server.answers['B2.1']).toEqual({ tier: 'fail' })
  })

  test('keeping mine resaves it over the other device’s answer', async () => {
    const ctx = await firstLaunch()
    const { store, server, view } = ctx
    await conflictOnB21(ctx)
    store.resolveConflict('B2.1', 'mine')
    await jest.advanceTimersByTimeAsync(10)
    expect(server.answers['B2.1']).toEqual({ tier: 'pass' })
    expect(view().conflicts).toEqual([])
    expect(view().saveState).toBe('saved')
  })

  test('using theirs drops the local edit and shows the other device’s answer', async () => {
    const ctx = await firstLaunch()
    const { store, server, view, storage } = ctx
    await conflictOnB21(ctx)
    store.resolveConflict('B2.1', 'theirs')
    await jest.advanceTimersByTimeAsync(10)
    expect(view().answers['B2.1']).toEqual({ tier: 'fail' })
    expect(view().conflicts).toEqual([])
    expect(server.saves.at(-1)?.patch).toEqual({ 'B2.1': { tier: 'pass' } })
    expect(storage.data.has('draft:2022')).toBe(false)
  })

  test('an unresolved conflict survives a reload instead of overwriting the other device', async () => {
    const first = await firstLaunch()
    await conflictOnB21(first)
    const second = await first.relaunch()
    await jest.advanceTimersByTimeAsync(1000)
    expect(second.view().conflicts).toEqual([{ itemId: 'B2.1', mine: { tier: 'pass' }, theirs: { tier: 'fail' } }])
    expect(first.server.answers['B2.1']).toEqual({ tier: 'fail' })
  })

  test('never sends an invalid answer and says in Chinese what is wrong', async () => {
    const { store, server, view } = setup()
    await loaded(store)
    store.setItemAnswer('B6.1', { score: 3.3 }, check)
    store.setItemAnswer('A4.1', { entries: [{ text: '获全国优秀学会' }] }, check)
    await jest.advanceTimersByTimeAsync(1000)
    expect(server.saves).toHaveLength(0)
    expect(view().issues['B6.1']).toContain('0.5的倍数')
    expect(view().issues['A4.1']).toContain('必须选择类别')
    expect(view().saveState).toBe('error')
    expect(view().report.items['B6.1']).toBe(0)
    store.setItemAnswer('B6.1', { score: 4 }, check)
    await jest.advanceTimersByTimeAsync(1000)
    expect(server.saves).toEqual([{ baseVersion: 1, patch: { 'B6.1': { score: 4 } } }])
  })

  test('an invalid edit kept on the phone stays unsent after a relaunch, with its message, until it is fixed', async () => {
    const first = await firstLaunch()
    first.store.setItemAnswer('B6.1', { score: 3.3 }, check)
    first.store.setItemAnswer('B2.1', { tier: 'pass' }, check)
    const second = await first.relaunch()
    await jest.advanceTimersByTimeAsync(1000)
    expect(first.server.answers['B2.1']).toEqual({ tier: 'pass' })
    expect(first.server.saves.filter((save) => 'B6.1' in save.patch)).toEqual([])
    expect(second.view().issues['B6.1']).toContain('0.5的倍数')
    expect(second.view().answers['B6.1']).toEqual({ score: 3.3 })
    second.store.setItemAnswer('B6.1', { score: 3.5 }, check)
    await jest.advanceTimersByTimeAsync(1000)
    expect(first.server.answers['B6.1']).toEqual({ score: 3.5 })
    expect(second.view().issues).toEqual({})
  })

  test('a cleared answer is sent without asking the check', async () => {
    const { store, server } = setup()
    await loaded(store)
    store.setItemAnswer('B2.1', { tier: 'pass' }, check)
    await store.flush()
    const refuseAll = jest.fn(() => '不应被调用')
    store.setItemAnswer('B2.1', null, refuseAll)
    await store.flush()
    expect(refuseAll).not.toHaveBeenCalled()
    expect(server.answers['B2.1']).toBeUndefined()
  })

  test('stops saving and reloads when the form is no longer editable', async () => {
    const { store, server, view } = setup()
    await loaded(store)
    server.status = 'submitted'
    store.setItemAnswer('B2.1', { tier: 'pass' }, check)
    await jest.advanceTimersByTimeAsync(820)
    await jest.advanceTimersByTimeAsync(10)
    expect(view().editable).toBe(false)
    expect(view().submission?.status).toBe('submitted')
    store.setItemAnswer('B1.1', { checks: { a: true } }, check)
    await jest.advanceTimersByTimeAsync(2000)
    expect(server.saves).toHaveLength(1)
  })

  test('flush saves at once and reports whether everything is saved', async () => {
    const { store, server } = setup()
    await loaded(store)
    store.setItemAnswer('B2.1', { tier: 'pass' }, check)
    await expect(store.flush()).resolves.toBe(true)
    expect(server.answers['B2.1']).toEqual({ tier: 'pass' })
    server.offline = true
    store.setItemAnswer('B2.1', { tier: 'basic' }, check)
    await expect(store.flush()).resolves.toBe(false)
  })

  test('ignores a local copy left by another society on the same phone', async () => {
    const storage = new MemoryStorage()
    storage.set('draft:2022', { societyId: 'other', baseVersion: 1, edits: { 'B2.1': { answer: { tier: 'fail' }, base: null } }, conflicts: {} })
    const { store, view, server } = setup(new FakeServer(), storage)
    await loaded(store)
    await jest.advanceTimersByTimeAsync(1000)
    expect(view().answers['B2.1']).toBeUndefined()
    expect(server.saves).toHaveLength(0)
  })
})
