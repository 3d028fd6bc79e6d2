import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openSqliteStore } from '../../emulator/store/sqlite-store'
import { SCHEMA_VERSION } from '../../emulator/store/schema'
import { notification, society, submission, user } from './records'
import { describeStoreContract } from './store-contract'
import { describeAdminStoreContract } from './admin-store-contract'
import { describeScheduledReminderStoreContract } from './scheduled-reminder-store-contract'
import { describeSubscribeCreditStoreContract } from './subscribe-credit-store-contract'
import { describeEvidenceReadingStoreContract } from './evidence-reading-store-contract'

const folder = mkdtempSync(join(tmpdir(), 'sqlite-store-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
let files = 0
const freshFile = () => join(folder, `store-${++files}.db`)

describeStoreContract('SQLite file', async () => openSqliteStore(freshFile()))
describeStoreContract('SQLite :memory:', async () => openSqliteStore(':memory:'))

describe('the SQLite store on disk', () => {
  it('keeps everything written after it is closed and reopened', async () => {
    const file = freshFile()
    const first = openSqliteStore(file)
    await first.putSociety(society('s1'))
    await first.putUser(user('o-1', { role: 'filler', societyId: 's1', name: '张三' }))
    await first.insertSubmission(submission('sub-1', 's1'))
    await first.insertNotification(notification('n1', 'o-1'))
    await first.appendAudit({ id: 'a1', actor: 'o-1', action: 'x', target: 'sub-1', before: null, after: [1], at: 'now' })
    expect(await first.hit('write:o-1', 0, 1)).toBe(true)
    first.close()

    const again = openSqliteStore(file)
    expect(await again.getSociety('s1')).toEqual(society('s1'))
    expect((await again.getUser('o-1'))?.name).toBe('张三')
    expect(await again.getSubmission('sub-1')).toEqual(submission('sub-1', 's1'))
    expect(await again.countUnread('o-1')).toBe(1)
    expect(await again.listAudit('sub-1')).toHaveLength(1)
    expect(await again.hit('write:o-1', 0, 1)).toBe(false) // the first hit survived the reopen
    again.close()
  })

  it('runs in WAL mode with group-commit fsync (wal-durability.ts) and foreign keys, at the latest schema version', () => {
    const store = openSqliteStore(freshFile())
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1)
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    store.close()
  })

  it('refuses a submission of a society that does not exist', async () => {
    const store = openSqliteStore(':memory:')
    // SqliteError comes from another realm than jest's Error, so match on its code, not with toThrow.
    const refusal = await store.insertSubmission(submission('sub-1', 'ghost')).catch((error: unknown) => error)
    expect(refusal).toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' })
    store.close()
  })

  it('refuses a database written by a newer schema instead of guessing', () => {
    const file = freshFile()
    const raw = new Database(file)
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    raw.close()
    expect(() => openSqliteStore(file)).toThrow(/数据库版本/)
  })
})

describeAdminStoreContract('SQLite :memory:', async () => openSqliteStore(':memory:'))
describeScheduledReminderStoreContract('SQLite file', async () => openSqliteStore(freshFile()))
describeSubscribeCreditStoreContract('SQLite :memory:', async () => openSqliteStore(':memory:'))
describeEvidenceReadingStoreContract('SQLite :memory:', async () => openSqliteStore(':memory:'))
