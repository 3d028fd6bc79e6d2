import { ActionError, beijingDate, chineseDate, gradeFor, isPast, recheckState, type Publication } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { PublicationRecord, SubmissionRecord } from '../ports'
import { notifySociety } from './notify'
import { audit, nowIso } from './records'
import { requireReviewOpen, requireYear } from './years'
import { finalScoreOf } from '../domain/final-score'
import { publicationOf, changedOnRecheck } from '../domain/publication'

/** 公示 (issue 22): publishing a year's results until a day, and the public list of grades. */

/** During 公示: published, and `until` (the whole day in Beijing) not yet past. */
export const isPublicationOpen = (ctx: Pick<CallContext, 'clock'>, p: Publication | null): boolean =>
  p !== null && !isPast(p.until, ctx.clock.now())

const byName = (names: Map<string, string>) => (a: SubmissionRecord, b: SubmissionRecord) =>
  (names.get(a.societyId) ?? '').localeCompare(names.get(b.societyId) ?? '', 'zh-Hans-CN')

export const publicationHandlers: Pick<Handlers, 'admin.publishResults' | 'report.publicResults' | 'review.rechecks'> = {
  'admin.publishResults': async ({ year, until, partial }, ctx) => {
    const { record } = await requireYear(ctx, year)
    requireReviewOpen(record)
    if (until < beijingDate(ctx.clock.now())) {
      throw new ActionError('INVALID_INPUT', `公示截止日期${chineseDate(until)}已经过去，请选择今天或以后的日期`)
    }
    const [societies, submissions] = await Promise.all([ctx.store.listSocieties(), ctx.store.listSubmissions(year)])
    const reviewed = new Set(submissions.filter((s) => s.status === 'reviewed').map((s) => s.societyId))
    const unfinished = societies.filter((s) => s.active !== false && !reviewed.has(s.id))
    if (unfinished.length > 0 && partial !== true) {
      const names = unfinished.slice(0, 5).map((s) => s.name).join('、')
      throw new ActionError(
        'INVALID_STATE',
        `还有${unfinished.length}个学会未审核完成（${names}${unfinished.length > 5 ? '等' : ''}）；确认只公示已审核的学会时请选择部分公示`,
        { unfinished: unfinished.length },
      )
    }
    const before = record.publication ?? null
    const told = new Set(before?.notified ?? [])
    const toTell = submissions.filter((s) => s.status === 'reviewed' && !told.has(s.societyId))
    const publication: PublicationRecord = {
      until,
      publishedAt: before?.publishedAt ?? nowIso(ctx),
      partial: unfinished.length > 0,
      by: ctx.caller.openid,
      notified: [...told, ...toTell.map((s) => s.societyId)],
    }
    await ctx.store.putYear({ ...record, publication, updatedAt: nowIso(ctx) })
    await audit(ctx, 'admin.publishResults', `year:${year}`, before, publication)
    const body = `${year}年度审核结果已公示，如对审核得分有异议，可在${chineseDate(until)}前申请复核。`
    for (const submission of toTell) await notifySociety(ctx, submission, 'published', body)
    return {
      year,
      publication: publicationOf({ ...record, publication })!,
      published: reviewed.size,
      unfinished: unfinished.length,
      notified: toTell.length,
    }
  },

  'report.publicResults': async ({ year }, ctx) => {
    const { record } = await requireYear(ctx, year)
    const publication = publicationOf(record)
    if (!publication) throw new ActionError('INVALID_STATE', `${year}年度的审核结果尚未公示`)
    const [societies, submissions] = await Promise.all([ctx.store.listSocieties(), ctx.store.listSubmissions(year)])
    const names = new Map(societies.map((s) => [s.id, s.name]))
    const rows = submissions
      .filter((s) => s.status === 'reviewed')
      .sort(byName(names))
      .map((s) => ({
        societyId: s.societyId,
        societyName: names.get(s.societyId) ?? '',
        grade: gradeFor(finalScoreOf(s)?.total ?? 0, record.gradeBands),
        changedOnRecheck: changedOnRecheck(s),
      }))
    return { year, publication, open: isPublicationOpen(ctx, publication), rows }
  },

  'review.rechecks': async ({ year }, ctx) => {
    const { record } = await requireYear(ctx, year)
    const [societies, submissions] = await Promise.all([ctx.store.listSocieties(), ctx.store.listSubmissions(year)])
    const names = new Map(societies.map((s) => [s.id, s.name]))
    const pending = submissions
      .filter((s) => recheckState(s.recheck) === 'pending')
      .map((s) => ({
        submissionId: s.id,
        societyName: names.get(s.societyId) ?? '',
        requestedAt: s.recheck!.requestedAt,
        items: Object.keys(s.recheck!.items),
      }))
      .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt))
    const answeredIds = submissions.filter((s) => recheckState(s.recheck) === 'answered').map((s) => s.id)
    return { year, publication: publicationOf(record), pending, answered: answeredIds.length, answeredIds }
  },
}
