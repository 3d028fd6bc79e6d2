import { ActionError, recheckState, type Publication } from '../../../src/shared'
import type { SubmissionRecord } from '../store/submissions'
import type { PublicationRecord, YearRecord } from '../store/years'

/** 公示 (issue 22): what the apps are shown of a stored publication. */
export const publicationOf = (record: YearRecord | null | undefined): Publication | null => {
  const p = record?.publication
  return p ? { until: p.until, publishedAt: p.publishedAt, partial: p.partial } : null
}

export function requirePublished(record: YearRecord): PublicationRecord {
  if (!record.publication) throw new ActionError('INVALID_STATE', `${record.year}年度的审核结果尚未公示`)
  return record.publication
}

/** The result changed on 复核: the final total after the answer differs from the one before. */
export const changedOnRecheck = (s: SubmissionRecord): boolean =>
  recheckState(s.recheck) === 'answered' && s.recheck!.totalAfter !== s.recheck!.totalBefore
