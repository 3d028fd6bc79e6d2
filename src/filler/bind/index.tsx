import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ActionError } from '../../shared'
import { routes } from '../../shared/routes'
import { callAction } from '../../services/cloud'
import { rememberMe, serverFieldErrors, useMe, useProfileForm } from '../../features/account'
import { ProfileFields } from '../../features/account/form-field'
import './index.scss'

const FIELDS = ['bindingCode', 'name', 'phone'] as const

/** The code a QR card carries: `code` in the H5 link, `scene` in the mini-program code (URL-encoded by WeChat). */
function codeFromLink(params: Record<string, string | undefined>): string {
  const raw = params.code ?? params.scene ?? ''
  try {
    return decodeURIComponent(raw).trim().toUpperCase().slice(0, 32)
  } catch {
    return ''
  }
}
const HOME = routes.home()
const INVITE = routes.invite()
const CLAIM_ADMIN = routes.claimAdmin()

export default function Bind() {
  const { me } = useMe()
  const form = useProfileForm(FIELDS, { bindingCode: codeFromLink(useRouter().params) })
  const [submitting, setSubmitting] = useState(false)
  const [formError, setFormError] = useState<string | null>(null)

  useEffect(() => {
    if (me?.society) void Taro.reLaunch({ url: HOME })
  }, [me])

  const submit = async () => {
    setFormError(null)
    if (!form.validate()) return
    setSubmitting(true)
    try {
      rememberMe(await callAction('account.bind', form.toSend()))
      await Taro.reLaunch({ url: HOME })
    } catch (e) {
      if (e instanceof ActionError && (e.code === 'BAD_BINDING_CODE' || e.code === 'INVALID_STATE')) form.setErrors({ bindingCode: e.message })
      else if (e instanceof ActionError && e.code === 'INVALID_INPUT') {
        form.setErrors(serverFieldErrors(e.details, FIELDS))
        setFormError(e.message)
      } else setFormError(e instanceof Error ? e.message : '绑定失败，请重试')
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <View className="bind">
      <View className="bind__intro">
        <Text className="bind__title">绑定所在学会</Text>
        <Text className="bind__hint">请输入管理员发给学会的绑定码，并填写填报人信息。绑定后即可填写本学会的年度自评表。</Text>
      </View>
      <ProfileFields fields={FIELDS} values={form.values} errors={form.errors} onChange={form.change} />
      {formError ? <Text className="bind__error">{formError}</Text> : null}
      <View className="bind__actions">
        <Button type="primary" block loading={submitting} disabled={submitting} onClick={submit}>
          绑定
        </Button>
      </View>
      <View className="bind__invite" onClick={() => void Taro.navigateTo({ url: INVITE })}>
        <Text className="bind__invite-text">审核员？使用管理员给您的邀请码 ›</Text>
      </View>
      <View className="bind__invite" onClick={() => void Taro.navigateTo({ url: CLAIM_ADMIN })}>
        <Text className="bind__invite-text">我是管理员 ›</Text>
      </View>
    </View>
  )
}
