import type { OpenApi, SubscribeMessageSendOptions } from 'wx-server-sdk'
import {
  createDisabledNotifier,
  createWxNotifier,
  parseTemplateFields,
  templateData,
  DEFAULT_TEMPLATE_FIELDS,
} from '../../cloudfunctions/adapters/wx/wx-notifier'
import type { SubscribeMessage } from '../../cloudfunctions/core/ports'

const message: SubscribeMessage = {
  openid: 'oFiller_0123456789',
  kind: 'returned',
  page: 'pages/home/index?year=2022',
  title: '自评表已退回修改',
  body: '请补充B1.1的会议纪要照片，并核对B2.3的年度经费数字，修改后再次提交',
  time: '2024-03-05T06:07:08.000Z',
}

const fields = parseTemplateFields(DEFAULT_TEMPLATE_FIELDS) ?? []

/** A fake `cloud.openapi` that records each send and answers as told. */
function fakeOpenapi(answer: () => Promise<{ errCode: number; errMsg: string }>) {
  const sent: SubscribeMessageSendOptions[] = []
  const openapi: OpenApi = {
    subscribeMessage: {
      send: (options) => {
        sent.push(options)
        return answer()
      },
    },
  }
  return { openapi, sent }
}

const wechatError = (errCode: number, errMsg: string) => Object.assign(new Error(errMsg), { errCode, errMsg })

describe('the subscribe message', () => {
  it('maps title, time and body onto the template fields within WeChat’s limits', () => {
    const data = templateData(message, fields)
    expect(data).toEqual({
      thing1: { value: '自评表已退回修改' },
      time2: { value: '2024年3月5日 14:07' },
      thing3: { value: '请补充B1.1的会议纪要照片，并核对B…' },
    })
    expect(Array.from(data.thing3?.value ?? '')).toHaveLength(20)
  })

  it('formats date and phrase fields and counts characters, not UTF-16 units', () => {
    const custom = parseTemplateFields('date1=time,phrase2=kind,thing3=title,name4=body') ?? []
    const data = templateData({ ...message, kind: 'reviewed', title: '😀'.repeat(25), body: '张三' }, custom)
    expect(data).toEqual({
      date1: { value: '2024年3月5日' },
      phrase2: { value: '审核完成' },
      thing3: { value: `${'😀'.repeat(19)}…` },
      name4: { value: '张三' },
    })
  })

  it('refuses a malformed field mapping', () => {
    for (const spec of ['', 'thing1', 'thing1=author', 'time2=title', 'thing1=time', 'amount1=body', 'thing1=title,thing1=body', 'thing=title']) {
      expect(parseTemplateFields(spec)).toBeNull()
    }
  })

  it('sends to the recipient with the configured template, page and state', async () => {
    const { openapi, sent } = fakeOpenapi(async () => ({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }))
    const notifier = createWxNotifier(openapi, { templateId: 'tmpl_Abcdefgh-123456', miniprogramState: 'trial', fields })
    await expect(notifier.send(message)).resolves.toEqual({ status: 'sent' })
    expect(sent).toEqual([
      {
        touser: 'oFiller_0123456789',
        templateId: 'tmpl_Abcdefgh-123456',
        page: 'pages/home/index?year=2022',
        data: templateData(message, fields),
        miniprogramState: 'trial',
        lang: 'zh_CN',
      },
    ])
  })

  it('reports 43101 (no subscription, or refused) as refused', async () => {
    const { openapi } = fakeOpenapi(() => Promise.reject(wechatError(43101, 'user refuse to accept the msg')))
    const notifier = createWxNotifier(openapi, { templateId: 't', miniprogramState: 'formal', fields })
    await expect(notifier.send(message)).resolves.toEqual({ status: 'refused', error: '43101: user refuse to accept the msg' })
  })

  it('reports any other WeChat error as failed with its code, thrown or answered', async () => {
    const thrown = fakeOpenapi(() => Promise.reject(wechatError(47003, 'argument invalid! data.thing3.value')))
    const answered = fakeOpenapi(async () => ({ errCode: 40037, errMsg: 'invalid template_id' }))
    const options = { templateId: 't', miniprogramState: 'formal' as const, fields }
    await expect(createWxNotifier(thrown.openapi, options).send(message)).resolves.toEqual({
      status: 'failed',
      error: '47003: argument invalid! data.thing3.value',
    })
    await expect(createWxNotifier(answered.openapi, options).send(message)).resolves.toEqual({
      status: 'failed',
      error: '40037: invalid template_id',
    })
  })

  it('reports a network failure as failed instead of throwing', async () => {
    const { openapi } = fakeOpenapi(() => Promise.reject(new Error('ETIMEDOUT')))
    const notifier = createWxNotifier(openapi, { templateId: 't', miniprogramState: 'formal', fields })
    await expect(notifier.send(message)).resolves.toEqual({ status: 'failed', error: 'ETIMEDOUT' })
  })

  it('sends nothing from a function without the permission', async () => {
    await expect(createDisabledNotifier('account').send(message)).resolves.toMatchObject({ status: 'failed' })
  })
})
