import type { ConsentOutcome } from './request-consent'

/** H5 has no subscribe messages; the in-app inbox carries every message. */
export const canAskConsent = (): boolean => false

export async function requestNotificationConsent(): Promise<ConsentOutcome> {
  return 'refused'
}
