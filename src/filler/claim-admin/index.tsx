import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { ActionError, ClaimAdminInput } from '../../shared'
import { routes } from '../../shared/routes'
import { callAction } from '../../services/cloud'
import { rememberMe } from '../../features/account'
import './index.scss'

const CODE = ClaimAdminInput.shape.code
const LABEL = '管理员设置码'

const problemOf = (value: string) => {
  const result = CODE.safeParse(value.trim())
  return result.success ? null : (result.error.issues[0]?.message ?? '格式不正确')
}

/**
 * The first admin of a new deployment: while nobody is admin, the signed-in user who enters the deployer's
 * setup code (ADMIN_SETUP_CODE) becomes admin, once. Reached from the bind page's 我是管理员.
 */
export default function ClaimAdminPage() {
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    const problem = problemOf(code)
    setCodeError(problem)
    setFormError(null)
    if (problem) return
    setBusy(true)
    try {
      rememberMe(await callAction('account.claimAdmin', { code: code.trim() }))
      await Taro.reLaunch({ url: routes.home() })
    } catch (e) {
      // A wrong or unconfigured code is about the field; an admin who exists already is about the page.
      if (e instanceof ActionError && e.code === 'FORBIDDEN') setCodeError(e.message)
      else setFormError(e instanceof Error ? e.message : '操作失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="claim-admin">
      <Text className="claim-admin__title">领取管理员</Text>
      <Text className="claim-admin__hint">
        新部署的服务还没有管理员时，输入部署人员设置的管理员设置码即可成为管理员。只有第一位输入正确设置码的人能领取，之后设置码即失效。
      </Text>
      <Text className="claim-admin__hint">学会填报人请返回使用绑定码；审核员请使用管理员给您的邀请码。</Text>
      <View className={`claim-admin__field${codeError ? ' claim-admin__field--invalid' : ''}`}>
        <Text className="claim-admin__label">{LABEL}</Text>
        <Input
          value={code}
          placeholder="部署人员给您的设置码"
          aria-label={LABEL}
          onChange={(value) => {
            setCode(value)
            setCodeError(problemOf(value))
          }}
        />
        {/* No maxLength: a pasted code that is too long is named as such, never cut into a wrong one. */}
        {codeError ? <Text className="claim-admin__error">{codeError}</Text> : null}
      </View>
      {formError ? <Text className="claim-admin__error claim-admin__error--form">{formError}</Text> : null}
      <View className="claim-admin__actions">
        <Button type="primary" block loading={busy} disabled={busy} onClick={() => void submit()}>
          成为管理员
        </Button>
      </View>
    </View>
  )
}
