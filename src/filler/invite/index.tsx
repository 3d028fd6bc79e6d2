import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { ActionError, AcceptInviteInput } from '../../shared'
import { routes } from '../../shared/routes'
import { callAction } from '../../services/cloud'
import { rememberMe } from '../../features/account'
import './index.scss'

const SHAPE = AcceptInviteInput.shape
const FIELDS = [
  { key: 'code', label: '邀请码', placeholder: '管理员给您的10位邀请码', schema: SHAPE.code },
  { key: 'name', label: '姓名', placeholder: '您的姓名', schema: SHAPE.name },
] as const
type Key = (typeof FIELDS)[number]['key']

const problemOf = (key: Key, value: string) => {
  const result = FIELDS.find((f) => f.key === key)!.schema.safeParse(value.trim())
  return result.success ? null : (result.error.issues[0]?.message ?? '格式不正确')
}

/** A reviewer joins with the one-time code the admin gave them and their name. */
export default function InvitePage() {
  const [values, setValues] = useState<Record<Key, string>>({ code: '', name: '' })
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const change = (key: Key, value: string) => {
    setValues((v) => ({ ...v, [key]: value }))
    setErrors((e) => ({ ...e, [key]: problemOf(key, value) ?? undefined }))
  }

  const submit = async () => {
    const found = { code: problemOf('code', values.code) ?? undefined, name: problemOf('name', values.name) ?? undefined }
    setErrors(found)
    setFormError(null)
    if (found.code || found.name) return
    setBusy(true)
    try {
      rememberMe(await callAction('account.acceptInvite', { code: values.code.trim(), name: values.name.trim() }))
      await Taro.reLaunch({ url: routes.home() })
    } catch (e) {
      if (e instanceof ActionError && e.code === 'BAD_INVITE_CODE') setErrors({ code: e.message })
      else setFormError(e instanceof Error ? e.message : '操作失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="invite">
      <Text className="invite__title">使用邀请码成为审核员</Text>
      <Text className="invite__hint">邀请码由管理员生成，7 天内有效，只能使用一次。学会填报人请返回使用绑定码。</Text>
      <View className="invite__fields">
        {FIELDS.map((f) => (
          <View key={f.key} className={`invite__field${errors[f.key] ? ' invite__field--invalid' : ''}`}>
            <Text className="invite__label">{f.label}</Text>
            {/* Not cut at a length: the schema's message says what is too long, and a pasted code stays whole. */}
            <Input value={values[f.key]} placeholder={f.placeholder} aria-label={f.label} onChange={(v) => change(f.key, v)} />
            {errors[f.key] ? <Text className="invite__error">{errors[f.key]}</Text> : null}
          </View>
        ))}
      </View>
      {formError ? <Text className="invite__error invite__error--form">{formError}</Text> : null}
      <View className="invite__actions">
        <Button type="primary" block loading={busy} disabled={busy} onClick={() => void submit()}>
          成为审核员
        </Button>
      </View>
    </View>
  )
}
