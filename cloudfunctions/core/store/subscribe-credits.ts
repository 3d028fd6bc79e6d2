/** Subscribe-message credits: each one-time consent allows one message of its template. */
export interface SubscribeCreditStore {
  /** Adds one credit to the user's count for the template; answers the count now. */
  addSubscribeCredit(openid: string, templateId: string): Promise<number>
  /** The user's count for the template (0 when none was ever added). */
  getSubscribeCredits(openid: string, templateId: string): Promise<number>
  /** Takes one credit if the user holds any, in one operation; false when none is held. */
  useSubscribeCredit(openid: string, templateId: string): Promise<boolean>
  /** Every user's count for the template, by openid (those never given one may be left out). */
  listSubscribeCredits(templateId: string): Promise<Record<string, number>>
}
