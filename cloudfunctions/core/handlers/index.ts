import type { Handlers } from '../handler-types'
import { accountHandlers } from './account'
import { adminHandlers } from './admin'
import { adminSocietyHandlers } from './admin-societies'
import { assignHandlers } from './assign'
import { inviteHandlers } from './invites'
import { evidenceHandlers } from './evidence'
import { notificationHandlers } from './notifications'
import { progressHandlers } from './progress'
import { reportHandlers } from './reports'
import { reviewHandlers } from './review'
import { scheduledReminderHandlers } from './scheduled-reminders'
import { submissionHandlers } from './submission'
import { subscribeCreditHandlers } from './subscribe-credits'
import { yearAdminHandlers } from './year-admin'
import { societyYearHandlers } from './society-years'
import { yearCompareHandlers } from './year-compare'
import { claimAdminHandlers } from './claim-admin'
import { publicationHandlers } from './publication'
import { recheckHandlers } from './recheck'
import { withdrawHandlers } from './withdraw'
import { reportPdfHandlers } from './report-pdf'

/** Every action of the contract, handled: a missing one fails to compile. */
export const handlers: Handlers = {
  ...accountHandlers,
  ...submissionHandlers,
  ...evidenceHandlers,
  ...reviewHandlers,
  ...adminHandlers,
  ...adminSocietyHandlers,
  ...inviteHandlers,
  ...assignHandlers,
  ...notificationHandlers,
  ...yearAdminHandlers,
  ...progressHandlers,
  ...reportHandlers,
  ...societyYearHandlers,
  ...yearCompareHandlers,
  ...claimAdminHandlers,
  ...scheduledReminderHandlers,
  ...withdrawHandlers,
  ...publicationHandlers,
  ...recheckHandlers,
  ...reportPdfHandlers,
  ...subscribeCreditHandlers,
}

export { retryUndelivered, MAX_DELIVERY_ATTEMPTS } from './notify'
export { runScheduledReminders } from './scheduled-reminders'
