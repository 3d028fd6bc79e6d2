import { RECHECK_LABEL, STATUS_LABEL, gradeFor, recheckState, rubricItems, type GradeBand, type Rubric, type ScoreSummary } from '../../../src/shared'
import { claimText } from './form-claims'
import type { SocietyRecord, SubmissionRecord, UserRecord } from '../ports'
import { finalScoreOf } from '../domain/final-score'

/** One item's row of the filled form. */
export interface FormItem {
  /** The self score; null while the item is not fully answered. */
  /** What the society claimed (是/否 answers, the level chosen, list entries), see `claimText`. */
  claim: string
  self: number | null
  /** The reviewer's score (their final score, else the self score); null until reviewed. */
  final: number | null
  remark: string
  comment: string
  evidence: number
}

/** Everything the filled form shows for one society, gathered once from its records. */
export interface SocietyForm {
  year: number
  societyId: string
  societyName: string
  fillerName: string
  fillerPhone: string
  statusLabel: string
  reviewed: boolean
  items: Record<string, FormItem>
  self: ScoreSummary
  /** The reviewed totals; null until reviewed. */
  final: ScoreSummary | null
  grade: string
  reviewerName: string
  submittedAt: string | null
  reviewedAt: string | null
  /** Where a 复核 stands, in words: 复核中, 复核维持, 复核调整：106→108; empty without one. */
  recheckNote: string
}

/** 未开始: a registered society without a submission for the year. */
export const NOT_STARTED_LABEL = '未开始'

/** The 填报人 shown: whoever last saved the form, else a filler bound to the society (as the app shows it). */
export function fillerFinder(users: readonly UserRecord[]): (record: SubmissionRecord) => UserRecord | null {
  const byOpenid = new Map(users.map((u) => [u.openid, u]))
  const firstOfSociety = new Map<string, UserRecord>()
  for (const u of users) {
    if (u.role === 'filler' && u.societyId && u.name && !firstOfSociety.has(u.societyId)) firstOfSociety.set(u.societyId, u)
  }
  return (record) => {
    const saver = record.lastSavedBy ? byOpenid.get(record.lastSavedBy) : undefined
    return saver?.name ? saver : (firstOfSociety.get(record.societyId) ?? null)
  }
}

export function societyForm(
  rubric: Rubric,
  record: SubmissionRecord,
  society: SocietyRecord | null,
  filler: UserRecord | null,
  bands: readonly GradeBand[],
): SocietyForm {
  const reviewed = record.status === 'reviewed'
  const final = reviewed ? finalScoreOf(record) : null
  const incomplete = new Set(record.selfScore.incomplete)
  const items: Record<string, FormItem> = {}
  for (const item of rubricItems(rubric)) {
    items[item.id] = {
      claim: claimText(item, record.answers[item.id]),
      self: incomplete.has(item.id) ? null : (record.selfScore.items[item.id] ?? 0),
      final: final ? (final.items[item.id] ?? 0) : null,
      remark: record.answers[item.id]?.remark ?? '',
      comment: reviewed ? (record.review?.items[item.id]?.comment ?? '') : '',
      evidence: record.evidence[item.id]?.length ?? 0,
    }
  }
  return {
    year: record.year,
    societyId: record.societyId,
    societyName: society?.name ?? '',
    fillerName: filler?.name ?? '',
    fillerPhone: filler?.phone ?? '',
    statusLabel: STATUS_LABEL[record.status],
    reviewed,
    items,
    self: record.selfScore,
    final,
    grade: final ? gradeFor(final.total, bands) : '',
    reviewerName: reviewed ? (record.review?.reviewerName ?? '') : '',
    submittedAt: record.submittedAt,
    reviewedAt: reviewed ? (record.review?.finalizedAt ?? null) : null,
    recheckNote: recheckNoteOf(record),
  }
}

function recheckNoteOf({ recheck }: SubmissionRecord): string {
  const state = recheckState(recheck)
  if (!recheck || state === 'none') return ''
  if (state === 'pending') return RECHECK_LABEL.pending
  return recheck.totalAfter === recheck.totalBefore ? '复核维持' : `复核调整：${recheck.totalBefore}→${recheck.totalAfter}`
}
