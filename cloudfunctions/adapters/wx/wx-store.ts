import type { Database } from 'wx-server-sdk'
import type { Store } from '../../core/store'
import { wxAudit } from './store/audit'
import { wxCollections } from './store/collections'
import { wxInvites } from './store/invites'
import { wxNotifications } from './store/notifications'
import { wxRateLimits } from './store/rate-limits'
import { wxReminders } from './store/reminders'
import { wxSocieties } from './store/societies'
import { wxSubmissionList } from './store/submission-list'
import { wxSubmissions } from './store/submissions'
import { wxSubscribeCredits } from './store/subscribe-credits'
import { wxUsers } from './store/users'
import { wxYears } from './store/years'
import { wxEvidenceReadings } from './store/evidence-readings'

export { COLLECTIONS } from './store/collections'
export { submissionKey } from './store/submissions'

/**
 * The Store over the WeChat cloud database, one module per record (./store/). Thin: records in, records out;
 * rules live in the handlers.
 */
export function createWxStore(db: Database): Store {
  const w = wxCollections(db)
  const societies = wxSocieties(w)
  const years = wxYears(w)
  return {
    ...wxUsers(w),
    ...wxSubscribeCredits(db, w.col('subscribeCredits')),
    ...wxInvites(w),
    ...societies,
    ...wxSubmissions(w, { getSociety: societies.getSociety, getYear: years.getYear }),
    ...wxSubmissionList(w),
    ...wxAudit(w),
    ...years,
    ...wxReminders(w),
    ...wxNotifications(w),
    ...wxRateLimits(w),
    ...wxEvidenceReadings(w),
  }
}
