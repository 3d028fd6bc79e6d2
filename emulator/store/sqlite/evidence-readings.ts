import type Database from 'better-sqlite3'
import {
  MAX_READING_ATTEMPTS,
  type EvidenceReadingRecord,
  type EvidenceReadingStore,
  type OutsideYearCount,
} from '../../../cloudfunctions/core/store/evidence-readings'
import { rowCodec, type Row } from './row-codec'

const readings = rowCodec<EvidenceReadingRecord>({
  fileId: 'plain',
  submissionId: 'plain',
  societyId: 'plain',
  year: 'plain',
  itemId: 'plain',
  status: 'plain',
  attempts: 'plain',
  leaseOwner: 'plain',
  leaseUntil: 'plain',
  text: 'plain',
  lines: 'json',
  dates: 'json',
  outsideYear: 'bool',
  error: 'plain',
  createdAt: 'plain',
  updatedAt: 'plain',
})

/** The reading queue over the `evidence_readings` table (schema.ts); a claim is one transaction. */
export function sqliteEvidenceReadings(db: Database.Database): EvidenceReadingStore {
  const insert = db.prepare(
    `INSERT INTO evidence_readings (${readings.columns.join(', ')}) VALUES (${readings.columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT DO NOTHING`,
  )
  // '' (never claimed) sorts before every ISO time, so one comparison finds the free and the expired.
  const next = db.prepare<[string]>(
    `SELECT * FROM evidence_readings WHERE status = 'pending' AND lease_until < ? ORDER BY created_at, file_id LIMIT 1`,
  )
  const take = db.prepare(
    `UPDATE evidence_readings SET attempts = attempts + 1, lease_owner = @owner, lease_until = @leaseUntil, updated_at = @now
     WHERE file_id = @fileId`,
  )
  const expire = db.prepare(
    `UPDATE evidence_readings SET status = 'failed', lease_owner = '', lease_until = '', error = @error, updated_at = @now
     WHERE file_id = @fileId`,
  )
  const complete = db.prepare(
    `UPDATE evidence_readings SET status = 'done', text = @text, lines = @lines, dates = @dates, outside_year = @outsideYear,
       error = NULL, lease_owner = '', lease_until = '', updated_at = @at
     WHERE file_id = @fileId AND lease_owner = @owner AND status = 'pending'`,
  )
  const fail = db.prepare(
    `UPDATE evidence_readings
     SET status = CASE WHEN @final = 1 OR attempts >= ${MAX_READING_ATTEMPTS} THEN 'failed' ELSE 'pending' END,
       error = @error, lease_owner = '', lease_until = @retryFrom, updated_at = @at
     WHERE file_id = @fileId AND lease_owner = @owner AND status = 'pending'`,
  )
  const remove = db.prepare<[string]>('DELETE FROM evidence_readings WHERE file_id = ?')
  const list = db.prepare<[string]>('SELECT * FROM evidence_readings WHERE submission_id = ? ORDER BY created_at, file_id')
  const outside = db.prepare<[number], OutsideYearCount>(
    `SELECT item_id AS itemId, COUNT(*) AS photos, COUNT(DISTINCT society_id) AS societies FROM evidence_readings
     WHERE year = ? AND status = 'done' AND outside_year = 1 GROUP BY item_id ORDER BY photos DESC, item_id`,
  )

  const claim = db.transaction(({ owner, now, leaseUntil }: { owner: string; now: string; leaseUntil: string }) => {
    for (;;) {
      const row = next.get(now) as Row | undefined
      if (!row) return null
      const reading = readings.fromRow(row)
      if (reading.attempts >= MAX_READING_ATTEMPTS) {
        expire.run({ fileId: reading.fileId, now, error: '多次读取未完成' })
        continue
      }
      take.run({ fileId: reading.fileId, owner, leaseUntil, now })
      return { ...reading, attempts: reading.attempts + 1, leaseOwner: owner, leaseUntil, updatedAt: now }
    }
  })
  const removeAll = db.transaction((fileIds: readonly string[]) => fileIds.forEach((id) => remove.run(id)))

  return {
    async enqueueReading(job, at) {
      const record: EvidenceReadingRecord = {
        ...job,
        status: 'pending',
        attempts: 0,
        leaseOwner: '',
        leaseUntil: '',
        text: '',
        lines: [],
        dates: [],
        outsideYear: false,
        error: null,
        createdAt: at,
        updatedAt: at,
      }
      return insert.run(readings.toRow(record)).changes === 1
    },
    claimReading: async (request) => claim(request),
    async completeReading(fileId, owner, result, at) {
      const row = { fileId, owner, at, text: result.text, lines: JSON.stringify(result.lines), dates: JSON.stringify(result.dates) }
      return complete.run({ ...row, outsideYear: result.outsideYear ? 1 : 0 }).changes === 1
    },
    failReading: async (fileId, owner, error, at, retryFrom) =>
      fail.run({ fileId, owner, error, at, final: retryFrom === null ? 1 : 0, retryFrom: retryFrom ?? '' }).changes === 1,
    removeReadings: async (fileIds) => removeAll(fileIds),
    listReadings: async (submissionId) => (list.all(submissionId) as Row[]).map((row) => readings.fromRow(row)),
    countOutsideYear: async (year) => outside.all(year),
  }
}
