import type Database from 'better-sqlite3'
import type { YearRecord, YearStore } from '../../../cloudfunctions/core/store/years'
import { rowCodec, type RowCodec } from './row-codec'
import { all, insertSql, one, upsertSql } from './sql'

const yearColumns = rowCodec<YearRecord>({
  year: 'plain',
  status: 'plain',
  rubricFrom: 'plain',
  deadline: 'plain',
  extensions: 'json',
  gradeBands: 'json',
  openedAt: 'plain',
  closedAt: 'plain',
  updatedAt: 'plain',
  reminderDaysBefore: 'json',
  publication: 'json',
})
/** A year stored before 自动提醒 existed reads back as it was written: without a schedule. */
export const years: RowCodec<YearRecord> = {
  ...yearColumns,
  fromRow: (row) => {
    const { reminderDaysBefore, ...record } = yearColumns.fromRow(row)
    return reminderDaysBefore ? { ...record, reminderDaysBefore } : record
  },
}

/** A synchronous read, for other records' modules that read the year in the same step (no await between). */
export function yearReader(db: Database.Database) {
  const get = db.prepare('SELECT * FROM years WHERE year = ?')
  return (year: number) => one(years, get.get(year))
}

export function sqliteYears(db: Database.Database): YearStore {
  const read = yearReader(db)
  const insert = db.prepare(`${insertSql('years', years)} ON CONFLICT DO NOTHING`)
  const put = db.prepare(upsertSql('years', years, 'year'))
  const list = db.prepare('SELECT * FROM years ORDER BY year')
  return {
    getYear: async (year) => read(year),
    insertYear: async (record) => insert.run(years.toRow(record)).changes === 1,
    putYear: async (record) => {
      put.run(years.toRow(record))
    },
    listYears: async () => all(years, list.all()),
  }
}
