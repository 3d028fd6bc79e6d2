import { DEFAULT_GRADE_BANDS, fillingClosedReason, isEditable, gradeFor, type SubmissionView } from '../../../src/shared'
import { evidenceOfView } from '../evidence/evidence-view'
import { gradeBandsFor } from '../reports/grade-bands'
import type { Ports, SocietyRecord, SubmissionRecord, UserRecord, YearRecord } from '../ports'
import { changesSinceReturn } from './changes-since-return'
import { boundFillers } from './records'
import { finalScoreOf } from '../domain/final-score'
import { publicationOf } from '../domain/publication'

/** Who looks: the society sees the review only once finalized; reviewers see everything. */
export type Audience = 'society' | 'reviewer'

const gradeOf = (record: SubmissionRecord, bands: Awaited<ReturnType<typeof gradeBandsFor>>) => {
  const final = finalScoreOf(record)
  return final ? gradeFor(final.total, bands) : null
}

/** The 填报人 shown on the form: whoever last saved it, else a filler bound to the society. */
async function fillerOf(ctx: Ports & { caller?: { user: UserRecord | null } }, record: SubmissionRecord) {
  // The caller's own record is at hand (read to identify them): no second read when they saved last.
  const own = ctx.caller?.user?.openid === record.lastSavedBy ? ctx.caller?.user : null
  const saver = own ?? (record.lastSavedBy ? await ctx.store.getUser(record.lastSavedBy) : null)
  const user = saver?.name ? saver : (await boundFillers(ctx.store, record.societyId)).find((u) => u.name)
  return user ? { name: user.name, phone: user.phone } : null
}

/** What the caller has read already (null: read, and not stored): the view does not read it again. */
export interface KnownRecords {
  society?: SocietyRecord | null
  year?: YearRecord | null
}

/** Why a deactivated society's editable form is closed, as its pages say it (the write is refused so). */
export const SOCIETY_INACTIVE_REASON = '本学会已停用（如有疑问请联系管理员）'

/** Why the society's editable form is closed (year closed, deadline passed); null while it may be changed. */
async function closedReasonOf(ctx: Ports, record: SubmissionRecord, known: KnownRecords): Promise<string | null> {
  if (!isEditable(record.status)) return null
  const year = known.year !== undefined ? known.year : await ctx.store.getYear(record.year)
  return year ? fillingClosedReason(year, record.societyId, ctx.clock.now()) : null
}

export async function submissionView(
  ctx: Ports,
  record: SubmissionRecord,
  audience: Audience,
  known: KnownRecords = {},
): Promise<SubmissionView> {
  const reviewVisible = audience === 'reviewer' || record.status === 'reviewed'
  const graded = reviewVisible && record.status === 'reviewed'
  const [society, filler, evidence, bands, closedReason, yearRecord] = await Promise.all([
    known.society !== undefined ? known.society : ctx.store.getSociety(record.societyId),
    fillerOf(ctx, record),
    evidenceOfView(ctx, record, audience),
    // Only a finalized form shows a grade.
    !graded ? null : known.year !== undefined ? (known.year?.gradeBands ?? DEFAULT_GRADE_BANDS) : gradeBandsFor(ctx.store, record.year),
    audience === 'society' ? closedReasonOf(ctx, record, known) : null,
    // 公示 concerns finalized forms only.
    !graded ? null : known.year !== undefined ? known.year : ctx.store.getYear(record.year),
  ])
  // The last return's reasons stay on the record (reviewers check the fixes against them); the society sees
  // them while the form is returned.
  const reasonsVisible = audience === 'reviewer' || record.status === 'returned'
  return {
    id: record.id,
    societyId: record.societyId,
    societyName: society?.name ?? '',
    year: record.year,
    status: record.status,
    version: record.version,
    answers: record.answers,
    itemVersions: record.itemVersions,
    evidence: record.evidence,
    selfScore: record.selfScore,
    filler,
    returnReasons: reasonsVisible ? record.returnReasons : null,
    review: reviewVisible ? record.review : null,
    finalScore: reviewVisible ? finalScoreOf(record) : null,
    grade: graded && bands ? gradeOf(record, bands) : null,
    submittedAt: record.submittedAt,
    updatedAt: record.updatedAt,
    history: record.history,
    changesSinceReturn: audience === 'reviewer' ? changesSinceReturn(record) : null,
    ...(audience === 'society' ? { closedReason: society?.active === false && isEditable(record.status) ? SOCIETY_INACTIVE_REASON : closedReason } : {}),
    ...evidence,
    publication: publicationOf(yearRecord),
    recheck: record.recheck ?? null,
  }
}
