import { TEST_TEMPLATE_ID } from './build'
import type { RecordedWx } from './wx'

/** WeChat's answer to requestSubscribeMessage for the layer's template. */
export const subscribeAnswer = (choice: 'accept' | 'reject') => () => ({ errMsg: 'requestSubscribeMessage:ok', [TEST_TEMPLATE_ID]: choice })

/** The consents the app reported to the server (account.recordSubscribeConsent) since `mark`, as their inputs. */
export const consentsReported = (wx: RecordedWx, mark: number): unknown[] =>
  wx.calls
    .slice(mark)
    .filter((c) => c.api === 'cloud.callFunction' && (c.args.data as { action: string }).action === 'account.recordSubscribeConsent')
    .map((c) => (c.args.data as { input: unknown }).input)
