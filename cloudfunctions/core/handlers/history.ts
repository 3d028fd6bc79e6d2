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
  return log.flatMap((e) => {
    const entry = entryOf(e)
    return entry ? [{ ...entry, at: e.at, by: names.get(e.actor) ?? '' }] : []
  })
}
