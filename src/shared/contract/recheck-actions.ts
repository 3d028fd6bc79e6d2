import { MAX_COMMENT_CHARS } from '../answers/limits'
import { DeadlineDate } from '../years'
import * as z from '../zod'
import type { Access } from './actions'
import { SubmissionView } from './entities'
import type { ErrorCode } from './errors'
import { ReportFile } from './report-entities'
import { Id, ItemRecord, Version, Year, text } from './fields'
import { MAX_RECHECK_REASON_CHARS, PendingRecheck, Publication, PublicResultRow } from './recheck-entities'

/** What follows a review (issue 22): withdrawing before review, 公示 and 复核, the whole file as a PDF. Spread into the contract. */

interface Spec<I extends z.ZodMiniType, O extends z.ZodMiniType> {
  summary: string
  access: Access
  writes: boolean
  input: I
  output: O
  errors: readonly ErrorCode[]
}
const spec = <I extends z.ZodMiniType, O extends z.ZodMiniType>(s: Spec<I, O>) => s

const Score = z.number({ error: '复核得分必须是数字' })

export const recheckActions = {
  'submission.withdraw': spec({
    summary: '撤回已提交的自评表（回到填写中）；审核员打开后不能撤回',
    access: 'filler',
    writes: true,
    input: z.strictObject({ year: Year }),
    output: SubmissionView,
    errors: ['NOT_FOUND', 'INVALID_STATE', 'CONFLICT', 'DEADLINE_PASSED'],
  }),
  'admin.publishResults': spec({
    summary: '公示某年度的审核结果至 until（含当天）；仍有学会未审核完成时须 partial: true（管理员已确认只公示已审核的学会）',
    access: 'admin',
    writes: true,
    input: z.strictObject({
      year: Year,
      until: DeadlineDate('公示截止日期'),
      partial: z.optional(z.boolean({ error: 'partial 必须是 true 或 false' })),
    }),
    output: z.object({
      year: z.number(),
      publication: Publication,
      /** Societies shown in the 公示 (finalized). */
      published: z.number(),
      /** Active societies not finalized yet (not shown). */
      unfinished: z.number(),
      /** Societies told of the 公示 by this call (those told before are not told again). */
      notified: z.number(),
    }),
    errors: ['NOT_FOUND', 'INVALID_STATE'],
  }),
  'report.publicResults': spec({
    summary: '某年度公示的结果：每个已审核学会的等级（不含分数）；公示开始后所有该年度的用户可见',
    access: 'member',
    writes: false,
    input: z.strictObject({ year: Year }),
    output: z.object({
      year: z.number(),
      publication: Publication,
      /** True while a society may still ask for 复核 (through `until`). */
      open: z.boolean(),
      rows: z.array(PublicResultRow),
    }),
    errors: ['NOT_FOUND', 'INVALID_STATE'],
  }),
  'submission.requestRecheck': spec({
    summary: '公示期内对本学会的若干项申请复核，每项写明理由；每个学会每年一次',
    access: 'filler',
    writes: true,
    input: z.strictObject({
      year: Year,
      items: ItemRecord(text('复核理由', MAX_RECHECK_REASON_CHARS)).check(
        z.refine((r) => Object.keys(r).length > 0, { error: '请至少选择一项申请复核' }),
      ),
    }),
    output: SubmissionView,
    errors: ['NOT_FOUND', 'INVALID_STATE', 'CONFLICT'],
  }),
  'review.answerRecheck': spec({
    summary: '答复复核申请：每个申请的项给出复核得分（维持或更改）和说明；总分、等级、排名随之重算，通知学会',
    access: 'reviewer',
    writes: true,
    input: z.strictObject({
      submissionId: Id('填报编号'),
      baseVersion: Version,
      items: ItemRecord(z.strictObject({ finalScore: Score, comment: text('复核说明', MAX_COMMENT_CHARS) })),
    }),
    output: SubmissionView,
    errors: ['NOT_FOUND', 'INVALID_STATE', 'CONFLICT'],
  }),
  'report.formPdf': spec({
    summary: '某学会某年度的完整材料（PDF）：附件3自评表（含填报内容、自评与审核得分、审核结论），每张证明照片一页，证明材料清单；填报人只能导出本学会的',
    access: 'member',
    writes: true,
    input: z.strictObject({ submissionId: Id('填报编号') }),
    output: ReportFile,
    errors: ['NOT_FOUND'],
  }),
  'review.rechecks': spec({
    summary: '某年度的公示情况与复核申请：待答复（复核中）的学会及其申请的项、已答复的数量',
    access: 'reviewer',
    writes: false,
    input: z.strictObject({ year: Year }),
    output: z.object({
      year: z.number(),
      publication: z.nullable(Publication),
      pending: z.array(PendingRecheck),
      answered: z.number(),
      /** The submissions whose 复核 was answered (已复核), for the list rows' tags. */
      answeredIds: z.array(z.string()),
    }),
    errors: ['NOT_FOUND'],
  }),
}
