import { ROLE_LABEL, type HistoryEntry } from '../../../src/shared'
import type { AuditRecord, Ports, SubmissionRecord } from '../ports'

type Details = Record<string, unknown>
type Draft = Omit<HistoryEntry, 'at' | 'by'>

const asObject = (value: unknown): Details => (typeof value === 'object' && value !== null ? (value as Details) : {})
const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null)

function scoreState(value: unknown): HistoryEntry['before'] {
  if (typeof value !== 'object' || value === null) return null
  const v = value as Details
  return { finalScore: numberOrNull(v.finalScore), comment: typeof v.comment === 'string' ? v.comment : '' }
}

const BLANK: Draft = { kind: 'submitted', itemId: null, before: null, after: null, reasons: null, total: null, items: null }

/** A 复核's answer: one entry per item, before → after with the reviewer's comment, and the new total. */
function recheckAnswerEntries(details: Details): Draft[] {
  const total = numberOrNull(details.total)
  return Object.entries(asObject(details.items)).map(([itemId, value]) => {
    const answer = asObject(value)
    return {
      ...BLANK,
      kind: 'recheck-answered' as const,
      itemId,
      before: { finalScore: numberOrNull(answer.before), comment: '' },
      after: scoreState(answer),
      total,
    }
  })
}

/** What one audit entry means to a reader: none, one or (a 复核's answer) several history lines. */
function entriesOf(record: AuditRecord): Draft[] {
  const details = asObject(record.after)
  switch (record.action) {
    case 'submission.withdraw':
      return [{ ...BLANK, kind: 'withdrawn' }]
    case 'submission.requestRecheck':
      return [
        {
          ...BLANK,
          kind: 'recheck-requested',
          reasons: { overall: '', items: asObject(details.items) as Record<string, string> },
          // Items whose evidence was added for the 复核 before it was sent.
          items: Object.keys(asObject(details.newEvidence)),
        },
      ]
    case 'review.answerRecheck':
      return recheckAnswerEntries(details)
    default: {
      const entry = entryOf(record)
      return entry ? [entry] : []
    }
  }
}

/** What one audit entry means to a reader; null for entries the history does not show. */
function entryOf({ action, before, after }: AuditRecord): Draft | null {
  const [name, itemId] = action.split(' ')
  const details = asObject(after)
  switch (name) {
    case 'submission.submit': {
      const kind = asObject(before).status === 'returned' ? 'resubmitted' : 'submitted'
      return { ...BLANK, kind, total: numberOrNull(details.selfTotal) }
    }
    case 'review.return': {
      const reasons = asObject(details.returnReasons)
      const items = asObject(reasons.items) as Record<string, string>
      return { ...BLANK, kind: 'returned', reasons: { overall: String(reasons.overall ?? ''), items } }
    }
    case 'review.finalize':
      return { ...BLANK, kind: 'finalized', total: numberOrNull(details.finalTotal) }
    case 'review.saveScores':
      return { ...BLANK, kind: 'score', itemId: itemId ?? null, before: scoreState(before), after: scoreState(after) }
    case 'review.acceptSelfScores':
      return { ...BLANK, kind: 'accepted', items: Object.keys(asObject(details.items)) }
    default:
      return null
  }
}

/** The submission's history from its audit log, oldest first, each entry with the actor's name. */
export async function historyOf(ctx: Pick<Ports, 'store'>, record: SubmissionRecord): Promise<HistoryEntry[]> {
  const log = await ctx.store.listAudit(record.id)
  const names = new Map<string, string>()
  for (const actor of new Set(log.map((e) => e.actor))) {
    const user = await ctx.store.getUser(actor)
    names.set(actor, user?.name || (user?.role ? ROLE_LABEL[user.role] : '已注销的用户'))
  }
  return log.flatMap((e) => entriesOf(e).map((entry) => ({ ...entry, at: e.at, by: names.get(e.actor) ?? '' })))
}
