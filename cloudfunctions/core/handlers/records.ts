import {
  ActionError,
  formatIssue,
  itemById,
  scoreAnswers,
  type AnswerIssue,
  type Rubric,
} from '../../../src/shared'
import type { CallContext } from '../handler-types'
import type { AuditRecord, Ports, Store, SubmissionRecord, UserRecord } from '../ports'

export const nowIso = (ctx: Pick<Ports, 'clock'>): string => ctx.clock.now().toISOString()

/** INVALID_INPUT carrying every problem, each naming its item, in the shape `parseOrThrow` uses. */
/** The message names the first problems and counts the rest (a hostile patch can hold a thousand); details list all. */
const PROBLEMS_IN_MESSAGE = 20

export function invalidInput(issues: readonly AnswerIssue[]): ActionError {
  const problems = issues.map(formatIssue)
  const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).join('；')
  const message = problems.length > PROBLEMS_IN_MESSAGE ? `${shown}；……共${problems.length}处问题` : shown
  return new ActionError('INVALID_INPUT', message, { problems })
}

export function requireKnownItems(rubric: Rubric, itemIds: readonly string[]): void {
  const known = itemById(rubric)
  const unknown = itemIds.filter((id) => !known.has(id))
  if (unknown.length > 0) {
    throw invalidInput(unknown.map((itemId) => ({ itemId, path: [], message: `${rubric.year}年度自评表没有这个指标` })))
  }
}

/** The filler's society; the dispatcher has checked it, this keeps the type honest. */
export function callerSocietyId(ctx: CallContext): string {
  const societyId = ctx.caller.user?.societyId
  if (!societyId) throw new ActionError('NOT_BOUND')
  return societyId
}

export async function boundFillers(store: Store, societyId: string): Promise<UserRecord[]> {
  return (await store.listUsers()).filter((u) => u.role === 'filler' && u.societyId === societyId)
}

export async function requireSubmission(ctx: Ports, id: string): Promise<SubmissionRecord> {
  const submission = await ctx.store.getSubmission(id)
  if (!submission) throw new ActionError('NOT_FOUND', '没有找到该填报记录')
  return submission
}

/** The society's submission for the year (whose rubric is given), created as an empty draft on first use. */
export async function findOrCreateSubmission(ctx: Ports, societyId: string, rubric: Rubric): Promise<SubmissionRecord> {
  const year = rubric.year
  const existing = await ctx.store.findSubmission(societyId, year)
  if (existing) return existing
  const draft: SubmissionRecord = {
    id: ctx.newId(),
    societyId,
    year,
    status: 'draft',
    version: 0,
    answers: {},
    itemVersions: {},
    evidence: {},
    selfScore: scoreAnswers(rubric, {}),
    returnReasons: null,
    review: null,
    submittedAt: null,
    updatedAt: nowIso(ctx),
    history: [],
    lastSavedBy: null,
    finalTotal: null,
    returned: null,
  }
  if (await ctx.store.insertSubmission(draft)) return draft
  // Another request created it a moment ago: theirs is the one.
  const created = await ctx.store.findSubmission(societyId, year)
  if (!created) throw new Error(`insertSubmission refused ${societyId}/${year} but none is stored`)
  return created
}

const MAX_WRITE_ATTEMPTS = 5

export interface SubmissionWrite {
  before: SubmissionRecord
  after: SubmissionRecord
  written: boolean
}

/**
 * Read, change, compare-and-set on the version; on a miss (someone wrote in between) read again and
 * re-apply, so that concurrent writers merge instead of overwriting. `change` returns `current` itself
 * when there is nothing to write, or throws to refuse against the state it was given.
 */
export async function writeSubmission(
  ctx: Ports,
  load: () => Promise<SubmissionRecord>,
  change: (current: SubmissionRecord) => SubmissionRecord,
  /** An audit entry to store with the write itself (both or neither). */
  auditOf?: (before: SubmissionRecord, after: SubmissionRecord) => AuditRecord,
): Promise<SubmissionWrite> {
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const current = await load()
    const next = change(current)
    if (next === current) return { before: current, after: current, written: false }
    if (await ctx.store.updateSubmission(next, current.version, auditOf?.(current, next))) {
      return { before: current, after: next, written: true }
    }
  }
  throw new ActionError('CONFLICT', '其他设备正在同时修改这份自评表，请稍后重试')
}

/**
 * Records a change in the audit log. Every caller runs it after the change is stored, so a failure here is
 * logged and neither undoes the change nor fails the call (nor skips what follows, such as notifying).
 */
export const auditEntry = (ctx: CallContext, action: string, target: string, before: unknown, after: unknown): AuditRecord => ({
  id: ctx.newId(),
  actor: ctx.caller.openid,
  action,
  target,
  before,
  after,
  at: nowIso(ctx),
})

export async function audit(ctx: CallContext, action: string, target: string, before: unknown, after: unknown) {
  const entry = auditEntry(ctx, action, target, before, after)
  await ctx.store.appendAudit(entry).catch((error: unknown) => {
    console.error(`[audit] 审计记录未能写入（变更已保存）：${action} ${target}`, error)
  })
}
