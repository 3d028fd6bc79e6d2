import { fstatSync, fsync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { walDurability, type Fsync } from '../../emulator/store/wal-durability'

const folder = mkdtempSync(join(tmpdir(), 'wal-durability-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))
let files = 0

/** A WAL database and its durability, with every fsync held until the test lets it go. */
function setUp() {
  const file = join(folder, `db-${++files}.sqlite`)
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec('CREATE TABLE t (n INTEGER)')
  const held: (() => void)[] = []
  const syncs = { started: 0, inodes: [] as number[] }
  const heldFsync: Fsync = (fd, done) => {
    syncs.started++
    syncs.inodes.push(fstatSync(fd).ino)
    held.push(() => fsync(fd, done))
  }
  const wal = walDurability(db, file, heldFsync)
  wal.durableNow()
  const insert = db.prepare('INSERT INTO t VALUES (?)')
  const release = async () => {
    for (const go of held.splice(0)) go()
    await new Promise((r) => setTimeout(r, 20))
  }
  return { db, wal, insert, syncs, release, file }
}

const settled = async (promise: Promise<void>) => {
  let done = false
  void promise.then(() => (done = true))
  await new Promise((r) => setTimeout(r, 20))
  return done
}

describe('group commit of the emulator database', () => {
  it('does not fsync when nothing was written since the last fsync', async () => {
    const { wal, syncs, db } = setUp()
    await wal.durable()
    await wal.durable()
    expect(syncs.started).toBe(0)
    db.close()
  })

  it('answers a write only once its commit is fsynced, and writes waiting together share one fsync', async () => {
    const { wal, insert, syncs, release, db } = setUp()
    insert.run(1)
    insert.run(2)
    const first = wal.durable()
    const second = wal.durable()
    expect(syncs.started).toBe(1)
    expect(await settled(first)).toBe(false) // held: nothing answers before the disk has it
    expect(await settled(second)).toBe(false)
    await release()
    expect(await settled(first)).toBe(true)
    expect(await settled(second)).toBe(true)
    expect(syncs.started).toBe(1)
    db.close()
  })

  it('a commit made while an fsync is under way waits for the next fsync', async () => {
    const { wal, insert, syncs, release, db } = setUp()
    insert.run(1)
    const first = wal.durable()
    await new Promise((r) => setTimeout(r, 5))
    insert.run(2) // after the first fsync started
    const second = wal.durable()
    await release()
    expect(await settled(first)).toBe(true)
    expect(await settled(second)).toBe(false)
    expect(syncs.started).toBe(2)
    await release()
    expect(await settled(second)).toBe(true)
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
    const { wal, insert, syncs, release, db, file } = setUp()
    insert.run(1)
    void wal.durable()
    await release()
    const walPath = `${file}-wal`
    expect(syncs.inodes).toEqual([statSync(walPath).ino])
    rmSync(walPath)
    writeFileSync(walPath, '')
    insert.run(2)
    void wal.durable()
    await release()
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
    expect(syncs.started).toBe(0)
    db.close()
  })
})
