import type { SocietyAdminView } from '../../../src/shared'
import type { CallContext } from '../handler-types'
import { withSocietyDefaults, type SocietyRecord, type UserRecord } from '../ports'
import { currentYear, requireYear } from './years'

/** What a society's admin view needs beyond the society itself, read once for a whole list. */
export interface SocietyViewData {
  users: readonly UserRecord[]
  statusOf: ReadonlyMap<string, SocietyAdminView['status']>
}

/** Statuses are those of the store's current year. */
/** The users and each society's status in `year` (the current year when left out). */
export async function societyViewData(ctx: CallContext, year?: number): Promise<SocietyViewData> {
  const { record } = year === undefined ? await currentYear(ctx) : await requireYear(ctx, year)
  const [users, submissions] = await Promise.all([ctx.store.listUsers(), ctx.store.listSubmissions(record.year)])
  return { users, statusOf: new Map(submissions.map((s) => [s.societyId, s.status])) }
}

export function societyView(record: SocietyRecord, data: SocietyViewData): SocietyAdminView {
  const society = withSocietyDefaults(record)
  const reviewer = society.reviewerOpenid ? data.users.find((u) => u.openid === society.reviewerOpenid) : undefined
  return {
    id: society.id,
    name: society.name,
    contact: society.contact,
    phone: society.phone,
    active: society.active,
    boundUsers: data.users.filter((u) => u.role === 'filler' && u.societyId === society.id).length,
    reviewer: reviewer?.role === 'reviewer' || reviewer?.role === 'admin' ? { openid: reviewer.openid, name: reviewer.name } : null,
    status: data.statusOf.get(society.id) ?? null,
  }
}

/** A society just made: nobody bound, nothing filled in, nobody assigned. */
export const newSocietyView = (society: SocietyRecord): SocietyAdminView =>
  societyView(society, { users: [], statusOf: new Map() })
