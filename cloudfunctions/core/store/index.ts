import type { AuditStore } from './audit'
import type { InviteStore } from './invites'
import type { NotificationStore } from './notifications'
import type { RateLimitStore } from './rate-limits'
import type { ReminderStore } from './reminders'
import type { SocietyStore } from './societies'
import type { SubmissionListStore } from './submission-list'
import type { SubmissionStore } from './submissions'
import type { SubscribeCreditStore } from './subscribe-credits'
import type { UserStore } from './users'
import type { YearStore } from './years'
import type { EvidenceReadingStore } from './evidence-readings'

export * from './audit'
export * from './invites'
export * from './notifications'
export * from './rate-limits'
export * from './reminders'
export * from './societies'
export * from './submission-list'
export * from './submissions'
export * from './subscribe-credits'
export * from './users'
export * from './years'
export * from './evidence-readings'

/**
 * What the handlers need of the database, one interface per record (this folder, one file each). A record
 * added later brings its own `XStore` and joins here; each adapter composes its per-record parts the same way
 * (emulator/store/sqlite/, cloudfunctions/adapters/wx/store/).
 */
export interface Store
  extends UserStore,
    SubscribeCreditStore,
    InviteStore,
    SocietyStore,
    SubmissionStore,
    SubmissionListStore,
    AuditStore,
    YearStore,
    ReminderStore,
    NotificationStore,
    RateLimitStore,
    EvidenceReadingStore {}
