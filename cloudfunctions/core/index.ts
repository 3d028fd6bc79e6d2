/** The cloud backend's core, for the wx-server-sdk entries and the emulator alike. */
export { dispatch } from './dispatch'
export { handlers, retryUndelivered, MAX_DELIVERY_ATTEMPTS, runScheduledReminders } from './handlers'
export type * from './ports'
export type * from './handler-types'
