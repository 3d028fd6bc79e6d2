import { fstatSync, fsyncSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { walDurability, type Fsync } from '../../emulator/store/wal-durability'

const folder = mkdtempSync(join(tmpdir(), 'wal-durability-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
let files = 0

/** A WAL database and its durability, with every fsync (a real one) written down in `log`. */
function setUp() {
  const file = join(folder, `db-${++files}.sqlite`)
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec('CREATE TABLE t (n INTEGER)')
  const log: string[] = []
  const syncs = { started: 0, inodes: [] as number[], failNext: null as Error | null }
  const recordingFsync: Fsync = (fd) => {
    syncs.started++
    syncs.inodes.push(fstatSync(fd).ino)
    log.push('fsync')
    const failure = syncs.failNext
    syncs.failNext = null
    if (failure) throw failure
    fsyncSync(fd)
  }
  const wal = walDurability(db, file, recordingFsync)
  wal.durableNow() // the table's creation, fsynced by the same function: not counted below
  Object.assign(syncs, { started: 0, inodes: [] })
  log.length = 0
  const insert = db.prepare('INSERT INTO t VALUES (?)')
  const answered = (promise: Promise<void>) => promise.then(() => void log.push('answered'))
  return { db, wal, insert, syncs, log, answered, file }
}

/** Lets the promises settle that can without the event loop's next turn. */
const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve))

describe('group commit of the emulator database', () => {
  it('does not fsync when nothing was written since the last fsync', async () => {
    const { wal, syncs, db } = setUp()
    await wal.durable()
    await wal.durable()
    expect(syncs.started).toBe(0)
    db.close()
  })

  it('answers a write only once its commit is fsynced, and the writes answered in one turn share one fsync', async () => {
    const { wal, insert, syncs, log, answered, db } = setUp()
    insert.run(1)
    const first = answered(wal.durable())
    insert.run(2)
    const second = answered(wal.durable())
    await microtasks()
    expect(log).toEqual([]) // nothing answers before the disk has it; the fsync waits for the turn's end
    await Promise.all([first, second])
    expect(log).toEqual(['fsync', 'answered', 'answered'])
    expect(syncs.started).toBe(1)
    db.close()
  })

  it('a commit made after its turn was fsynced waits for the next fsync', async () => {
    const { wal, insert, syncs, db } = setUp()
    insert.run(1)
    await wal.durable()
    insert.run(2)
    const second = wal.durable()
    expect(syncs.started).toBe(1)
    await second
    expect(syncs.started).toBe(2)
    db.close()
  })

  it('a failed fsync fails the answers that waited for it, and the next write is fsynced again', async () => {
    const { wal, insert, syncs, db } = setUp()
    insert.run(1)
    syncs.failNext = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })
    const waiting = [wal.durable(), wal.durable()]
    await expect(waiting[0]).rejects.toThrow('EIO')
    await expect(waiting[1]).rejects.toThrow('EIO')
    await wal.durable()
    expect(syncs.started).toBe(2)
    db.close()
  })

  it('with no WAL file left (its folder removed, as a test’s cleanup may), there is nothing to fsync and no error', async () => {
    const { wal, insert, syncs, db, file } = setUp()
    insert.run(1)
    rmSync(`${file}-wal`)
    await wal.durable()
    expect(() => wal.durableNow()).not.toThrow()
    expect(syncs.started).toBe(0)
    db.close()
  })

  it('fsyncs the WAL file that has the name now, not one removed since (a kept descriptor is checked)', async () => {
    const { wal, insert, syncs, db, file } = setUp()
    insert.run(1)
    await wal.durable()
    const walPath = `${file}-wal`
    expect(syncs.inodes).toEqual([statSync(walPath).ino])
    rmSync(walPath)
    writeFileSync(walPath, '')
    insert.run(2)
    await wal.durable()
    expect(syncs.inodes).toHaveLength(2)
    expect(syncs.inodes[1]).toBe(statSync(walPath).ino)
    expect(syncs.inodes[1]).not.toBe(syncs.inodes[0])
    db.close()
  })

  it('after durableNow (as at close), nothing written is left for durable to fsync', async () => {
    const { wal, insert, syncs, db } = setUp()
    insert.run(1)
    wal.durableNow()
    await wal.durable()
    expect(syncs.started).toBe(1)
    db.close()
  })
})
