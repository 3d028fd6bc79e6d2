import type { EvidenceReadings } from '../../../src/shared'
import type { Ports, SubmissionRecord } from '../ports'

/**
 * What reading found on the photos of a submission (of one item, when given), by file id: only photos still
 * registered there, so a reading left behind by a removal is never shown.
 */
export async function readingsOf(ctx: Pick<Ports, 'store'>, record: SubmissionRecord, itemId?: string): Promise<EvidenceReadings> {
  const listed = new Set(itemId ? (record.evidence[itemId] ?? []) : Object.values(record.evidence).flat())
  if (listed.size === 0) return {}
  const readings: EvidenceReadings = {}
  for (const reading of await ctx.store.listReadings(record.id)) {
    if (!listed.has(reading.fileId)) continue
    const { status, text, dates, outsideYear } = reading
    readings[reading.fileId] = { status, text, dates, outsideYear }
  }
  return readings
}
