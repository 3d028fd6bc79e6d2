import * as z from '../zod'

/** What reading an evidence photo found (issue 23): suggestions for the reviewer and the filler, never a score. */
export const ReadingStatus = z.enum(['pending', 'done', 'failed'])
export type ReadingStatus = z.infer<typeof ReadingStatus>

export const EvidenceReading = z.object({
  /** pending: not read yet; done: read; failed: could not be read (the photo itself stays as it is). */
  status: ReadingStatus,
  /** The recognised text ('' until read). */
  text: z.string(),
  /** Dates found in the text, `YYYY-MM-DD` or `YYYY-MM`. */
  dates: z.array(z.string()),
  /** Every date found lies outside the assessment year (false when none was found). */
  outsideYear: z.boolean(),
})
export type EvidenceReading = z.infer<typeof EvidenceReading>

/** Per photo file id; documents and photos registered before reading existed have none. */
export const EvidenceReadings = z.record(z.string(), EvidenceReading)
export type EvidenceReadings = z.infer<typeof EvidenceReadings>
