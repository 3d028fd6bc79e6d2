import type { Handlers } from '../handler-types'

export const subscribeCreditHandlers: Pick<Handlers, 'account.recordSubscribeConsent'> = {
  /**
   * The answer WeChat gave the caller's tap (requestSubscribeMessage): an acceptance allows one more
   * message of that template, a refusal changes nothing. The credits are the caller's own (ctx identity).
   */
  'account.recordSubscribeConsent': async ({ templateId, accepted }, ctx) => {
    const openid = ctx.caller.openid
    const credits = accepted
      ? await ctx.store.addSubscribeCredit(openid, templateId)
      : await ctx.store.getSubscribeCredits(openid, templateId)
    return { templateId, credits }
  },
}
