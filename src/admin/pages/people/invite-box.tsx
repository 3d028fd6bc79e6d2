import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { INVITE_VALID_DAYS, InviteReviewerInput, type InviteView } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { formatDateTime } from '../../../features/format/date-time'
import { errorText, fieldProblem } from '../../components/field-check'
import { PrivacyPopup, isPrivacyRefusal, privacyRefusalText } from '../../../features/privacy'

const NAME = InviteReviewerInput.shape.name

/** Makes a one-time reviewer invitation and shows its code once, to pass on by phone or chat. */
export function InviteBox({ onInvited }: { onInvited(invite: InviteView): void }) {
  const [name, setName] = useState('')
  const [made, setMade] = useState<{ code: string; invite: InviteView } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  /** Checked as typed and never cut: a name too long is named as such, before 生成邀请码. */
  const type = (typed: string) => {
    setName(typed)
    setError(fieldProblem(NAME, typed))
  }

  const invite = async () => {
    const problem = fieldProblem(NAME, name)
    if (problem) return setError(problem)
    setBusy(true)
    setError(null)
    try {
      const answer = await callAction('admin.inviteReviewer', { name: name.trim() })
      setMade(answer)
      setName('')
      onInvited(answer.invite)
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  const copyCode = async (code: string) => {
    try {
      await Taro.setClipboardData({ data: code })
    } catch (e) {
      setError(isPrivacyRefusal(e) ? privacyRefusalText('inviteCode') : '复制失败，请长按邀请码手动复制')
    }
  }

  return (
    <View className="people__card">
      <PrivacyPopup />
      <Text className="people__heading">邀请审核员</Text>
      <Text className="people__help">
        生成一次性邀请码（{INVITE_VALID_DAYS} 天内有效，只能用一次），发给对方；对方打开小程序，在绑定页点“审核员？使用管理员给您的邀请码”，输入邀请码和姓名即成为审核员。
      </Text>
      <View className="people__invite-row">
        <Input className="people__input" value={name} placeholder="被邀请人姓名（选填，便于辨认）" aria-label="被邀请人" onChange={type} />
        <Button type="primary" loading={busy} disabled={busy} onClick={() => void invite()}>
          生成邀请码
        </Button>
      </View>
      {error ? <Text className="people__error">{error}</Text> : null}
      {made ? (
        <View className="people__made">
          <Text className="people__made-label">{made.invite.name ? `给 ${made.invite.name} 的` : ''}邀请码（只显示这一次）</Text>
          <Text className="people__made-code" userSelect>
            {made.code}
          </Text>
          <Text className="people__made-label">有效期至 {formatDateTime(made.invite.expiresAt)}</Text>
          <Button size="small" onClick={() => void copyCode(made.code)}>
            复制邀请码
          </Button>
        </View>
      ) : null}
    </View>
  )
}
