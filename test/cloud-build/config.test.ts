import { DEFAULT_WRITE_LIMIT_PER_MINUTE, readConfig } from '../../cloudfunctions/adapters/wx/config'
import { CLOUD_FUNCTIONS, functionConfigJson } from '../../cloudfunctions/adapters/wx/functions'

const TEMPLATE_ID = 'tmpl_Abcdefgh-123456'

const failure = (env: Record<string, string>, notifies = true) => {
  const result = readConfig(env, notifies)
  if (result.ok) throw new Error('expected a configuration problem')
  return result.message
}

describe('reading a cloud function’s environment variables', () => {
  it('uses the defaults when only the required variable is set', () => {
    expect(readConfig({ SUBSCRIBE_TEMPLATE_ID: TEMPLATE_ID }, true)).toEqual({
      ok: true,
      config: {
        server: { bootstrapAdmins: [], writeLimitPerMinute: DEFAULT_WRITE_LIMIT_PER_MINUTE },
        subscribe: {
          templateId: TEMPLATE_ID,
          miniprogramState: 'formal',
          fields: [
            { key: 'thing1', source: 'title' },
            { key: 'time2', source: 'time' },
            { key: 'thing3', source: 'body' },
          ],
        },
      },
    })
    expect(DEFAULT_WRITE_LIMIT_PER_MINUTE).toBe(60)
  })

  it('requires the template id only where subscribe messages are sent', () => {
    expect(failure({})).toBe('服务配置有误：环境变量 SUBSCRIBE_TEMPLATE_ID（订阅消息模板编号）未设置')
    expect(readConfig({}, false)).toMatchObject({ ok: true, config: { subscribe: null } })
  })

  it('treats a blank variable as unset', () => {
    expect(failure({ SUBSCRIBE_TEMPLATE_ID: '   ' })).toContain('SUBSCRIBE_TEMPLATE_ID')
    expect(readConfig({ WRITE_LIMIT_PER_MINUTE: '' }, false)).toMatchObject({ ok: true, config: { server: { writeLimitPerMinute: 60 } } })
  })

  it('splits the bootstrap admins on commas (either width) and spaces', () => {
    const result = readConfig({ BOOTSTRAP_ADMIN_OPENIDS: ' oAdmin_1234567890, oAdmin_abcdefghij，oAdmin-ZZZZZZZ ,' }, false)
    expect(result).toMatchObject({
      ok: true,
      config: { server: { bootstrapAdmins: ['oAdmin_1234567890', 'oAdmin_abcdefghij', 'oAdmin-ZZZZZZZ'] } },
    })
  })

  it.each([
    ['WRITE_LIMIT_PER_MINUTE', 'sixty'],
    ['WRITE_LIMIT_PER_MINUTE', '0'],
    ['WRITE_LIMIT_PER_MINUTE', '1.5'],
    ['BOOTSTRAP_ADMIN_OPENIDS', 'oAdmin_1234567890;drop'],
    ['SUBSCRIBE_MINIPROGRAM_STATE', 'production'],
    ['SUBSCRIBE_TEMPLATE_FIELDS', 'thing1=title,time2=body'],
    ['SUBSCRIBE_TEMPLATE_ID', 'has spaces in it'],
  ])('refuses %s=%j with a Chinese message naming it', (name, value) => {
    const message = failure({ SUBSCRIBE_TEMPLATE_ID: TEMPLATE_ID, [name]: value })
    expect(message).toMatch(/^服务配置有误：/)
    expect(message).toContain(`环境变量 ${name}`)
  })

  it('names every problem at once', () => {
    const message = failure({ WRITE_LIMIT_PER_MINUTE: 'x', SUBSCRIBE_MINIPROGRAM_STATE: 'y' })
    for (const name of ['WRITE_LIMIT_PER_MINUTE', 'SUBSCRIBE_MINIPROGRAM_STATE', 'SUBSCRIBE_TEMPLATE_ID']) expect(message).toContain(name)
  })

  it('reads the write limit, the mini-program state and the template fields', () => {
    const result = readConfig(
      {
        SUBSCRIBE_TEMPLATE_ID: TEMPLATE_ID,
        WRITE_LIMIT_PER_MINUTE: '120',
        SUBSCRIBE_MINIPROGRAM_STATE: 'trial',
        SUBSCRIBE_TEMPLATE_FIELDS: 'phrase4=kind, thing2=title, date5=time',
      },
      true,
    )
    expect(result).toMatchObject({
      ok: true,
      config: {
        server: { writeLimitPerMinute: 120 },
        subscribe: {
          miniprogramState: 'trial',
          fields: [
            { key: 'phrase4', source: 'kind' },
            { key: 'thing2', source: 'title' },
            { key: 'date5', source: 'time' },
          ],
        },
      },
    })
  })
})

describe('what each function declares to WeChat', () => {
  it('asks for subscribeMessage.send exactly where the configuration requires a template', () => {
    for (const [name, spec] of Object.entries(CLOUD_FUNCTIONS)) {
      const config = functionConfigJson(name as keyof typeof CLOUD_FUNCTIONS) as { permissions: { openapi: string[] } }
      expect(config.permissions.openapi.includes('subscribeMessage.send')).toBe(spec.sendsSubscribeMessages)
      expect(readConfig({}, spec.sendsSubscribeMessages).ok).toBe(!spec.sendsSubscribeMessages)
    }
  })

  it('asks for wxacode.getUnlimited in the admin function alone (the code cards’ QR codes)', () => {
    for (const name of Object.keys(CLOUD_FUNCTIONS) as (keyof typeof CLOUD_FUNCTIONS)[]) {
      const config = functionConfigJson(name) as { permissions: { openapi: string[] } }
      expect(config.permissions.openapi.includes('wxacode.getUnlimited')).toBe(name === 'admin')
    }
  })
})
