import Taro from '@tarojs/taro'
import { callAction } from '../../src/services/cloud'
import { requestNotificationConsent } from '../../src/features/subscribe/request-consent'
import { isSubscribeConfigured } from '../../src/config/subscribe'

const TEMPLATE = 'tmpl-result-0001'
jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn() }))
jest.mock('../../src/config/subscribe', () => ({ SUBSCRIBE_TEMPLATE_ID: 'tmpl-result-0001', isSubscribeConfigured: jest.fn(() => true) }))
const call = callAction as jest.MockedFunction<typeof callAction>
const configured = isSubscribeConfigured as jest.MockedFunction<typeof isSubscribeConfigured>
const wx = Taro as unknown as { requestSubscribeMessage: jest.Mock }

beforeEach(() => {
  call.mockReset()
  call.mockImplementation((async (_action: string, input: { accepted: boolean }) => ({ templateId: TEMPLATE, credits: input.accepted ? 1 : 0 })) as never)
  configured.mockReturnValue(true)
  wx.requestSubscribeMessage = jest.fn()
})

describe('asking for a subscribe message counts the answer on the server', () => {
  test('an acceptance of the configured template is recorded as one credit', async () => {
    wx.requestSubscribeMessage.mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', [TEMPLATE]: 'accept' })
    expect(await requestNotificationConsent()).toBe('accepted')
    expect(wx.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: [TEMPLATE] })
    expect(call.mock.calls).toEqual([['account.recordSubscribeConsent', { templateId: TEMPLATE, accepted: true }]])
  })

  test.each([
    ['rejects', { [TEMPLATE]: 'reject' }],
    ['bans the template', { [TEMPLATE]: 'ban' }],
    ['answers for another template only', { 'other-template': 'accept' }],
  ])('when the user %s, it is recorded as not accepted', async (_case, answer) => {
    wx.requestSubscribeMessage.mockResolvedValue(answer)
    expect(await requestNotificationConsent()).toBe('refused')
    expect(call.mock.calls).toEqual([['account.recordSubscribeConsent', { templateId: TEMPLATE, accepted: false }]])
  })

  test('a failed request (e.g. the user turned subscriptions off) never rejects', async () => {
    wx.requestSubscribeMessage.mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail', errCode: 20004 })
    expect(await requestNotificationConsent()).toBe('refused')
    expect(call).toHaveBeenCalledWith('account.recordSubscribeConsent', { templateId: TEMPLATE, accepted: false })
  })

  test('an acceptance the server could not record does not claim a message will come', async () => {
    wx.requestSubscribeMessage.mockResolvedValue({ [TEMPLATE]: 'accept' })
    call.mockRejectedValue(new Error('网络不可用'))
    expect(await requestNotificationConsent()).toBe('unrecorded')
  })

  test('without a configured template nothing is asked or recorded', async () => {
    configured.mockReturnValue(false)
    expect(await requestNotificationConsent()).toBe('refused')
    expect(wx.requestSubscribeMessage).not.toHaveBeenCalled()
    expect(call).not.toHaveBeenCalled()
  })
})
