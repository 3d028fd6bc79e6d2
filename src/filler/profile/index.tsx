import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { PageState } from '../../components/page-state'
import { ActionError, ROLE_LABEL, type Me } from '../../shared'
import { routes } from '../../shared/routes'
import { callAction } from '../../services/cloud'
import { NAME_LABEL, rememberMe, serverFieldErrors, useMe, useProfileForm } from '../../features/account'
import { ProfileFields } from '../../features/account/form-field'
import './index.scss'

const FIELDS = ['name', 'phone'] as const

function ProfileForm({ me }: { me: Me }) {
  const labels = { name: NAME_LABEL[me.role ?? 'filler'] }
  const form = useProfileForm(FIELDS, me.profile ?? {}, labels)
  const [saving, setSaving] = useState(false)

  const save = async () => {
    if (!form.validate()) return
    setSaving(true)
    try {
      rememberMe(await callAction('account.updateProfile', form.toSend()))
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } catch (e) {
      if (e instanceof ActionError && e.code === 'INVALID_INPUT') form.setErrors(serverFieldErrors(e.details, FIELDS))
      void Taro.showToast({ title: e instanceof Error ? e.message : '保存失败，请重试', icon: 'none' })
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <ProfileFields fields={FIELDS} values={form.values} errors={form.errors} labels={labels} onChange={form.change} />
      <View className="profile__actions">
        <Button type="primary" block loading={saving} disabled={saving} onClick={save}>
          保存
        </Button>
      </View>
    </>
  )
}

export default function Profile() {
  const { me, loading, error, refresh } = useMe()

  if (!me) return <PageState error={loading ? null : error} onRetry={() => void refresh()} />

  return (
    <View className="profile">
      <CellGroup>
        <Cell title="所在学会" extra={<Text className="profile__value">{me.society?.name ?? '尚未绑定'}</Text>} />
        <Cell title="身份" extra={<Text className="profile__value">{me.role ? ROLE_LABEL[me.role] : '—'}</Text>} />
      </CellGroup>
      {me.role ? (
        <ProfileForm me={me} />
      ) : (
        <View className="profile__actions">
          <Button type="primary" block onClick={() => void Taro.redirectTo({ url: routes.bind() })}>
            去绑定学会
          </Button>
        </View>
      )}
    </View>
  )
}
