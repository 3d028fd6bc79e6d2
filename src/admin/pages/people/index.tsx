import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { InviteView, SocietyAdminView, UserAdminView } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { EmptyState } from '../../../components/empty-state'
import { PageState, loadErrorText } from '../../../components/page-state'
import { formatDateTime } from '../../../features/format/date-time'
import { Chips } from '../../../components/chips'
import { errorText } from '../../components/field-check'
import { InviteBox } from './invite-box'
import { INVITE_STATE_LABEL, ROLE_TABS, usersOf, type RoleTab } from './user-lists'
import './index.scss'

interface People {
  users: UserAdminView[]
  invites: InviteView[]
  societies: Map<string, SocietyAdminView>
}

const EMPTY_TEXT: Record<RoleTab, string> = {
  reviewer: '还没有审核员：在上方生成邀请码发给对方。',
  filler: '还没有填报人：把绑定码发给各学会，填报人绑定后出现在这里。',
  admin: '没有管理员。',
  none: '没有无角色的用户。被撤销的审核员、解除绑定的填报人会出现在这里。',
}

/** 人员与邀请: invite reviewers; every user by role with society, name and phone; remove a reviewer, unbind a filler. */
export default function PeoplePage() {
  const [people, setPeople] = useState<People | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [tab, setTab] = useState<RoleTab>('reviewer')

  const load = async () => {
    setError(null)
    try {
      const [users, invites, societies] = await Promise.all([
        callAction('admin.listUsers', {}),
        callAction('admin.listInvites', {}),
        callAction('admin.listSocieties', {}),
      ])
      setPeople({ users: users.users, invites: invites.invites, societies: new Map(societies.societies.map((s) => [s.id, s])) })
    } catch (e) {
      setError(loadErrorText(e))
    }
  }
  useEffect(() => void load(), [])

  const shown = useMemo(() => (people ? usersOf(people.users, tab) : []), [people, tab])

  const change = async (user: UserAdminView, kind: 'remove' | 'unbind') => {
    const society = user.societyId ? people?.societies.get(user.societyId)?.name : undefined
    const { confirm } = await Taro.showModal({
      title: kind === 'remove' ? `撤销 ${user.name || '该用户'} 的审核员身份？` : `解除 ${user.name || '该用户'} 与${society ?? '学会'}的绑定？`,
      content:
        kind === 'remove'
          ? '撤销后该用户不能再查看和审核填报，已做的审核记录保留。'
          : '解除后这部手机不能再查看和填写该学会的自评表（如手机遗失）；已填写的内容保留，重新绑定需要新的绑定码。',
      confirmText: kind === 'remove' ? '撤销' : '解除绑定',
    })
    if (!confirm) return
    try {
      const updated = await callAction(kind === 'remove' ? 'admin.removeReviewer' : 'admin.unbindUser', { openid: user.openid })
      setPeople((p) => p && { ...p, users: p.users.map((u) => (u.openid === updated.openid ? updated : u)) })
    } catch (e) {
      void Taro.showToast({ title: errorText(e), icon: 'none' })
    }
  }

  if (!people) return <PageState error={error} onRetry={() => void load()} />
  const openInvites = people.invites.filter((i) => i.state === 'open')

  return (
    <View className="people">
      <Text className="people__title">人员与邀请</Text>
      <InviteBox onInvited={(invite) => setPeople((p) => p && { ...p, invites: [invite, ...p.invites] })} />

      {people.invites.length > 0 ? (
        <View className="people__card">
          <Text className="people__heading">邀请记录（未使用 {openInvites.length} 个）</Text>
          {people.invites.slice(0, 20).map((i) => (
            <View key={i.id} className="people__line">
              <Text className="people__line-main">{i.name || '（未写姓名）'}</Text>
              <Text className={`people__state people__state--${i.state}`}>{INVITE_STATE_LABEL[i.state]}</Text>
              <Text className="people__line-meta">
                {i.state === 'used' ? `由 ${i.usedBy?.name || '对方'} 使用` : `有效期至 ${formatDateTime(i.expiresAt)}`}
              </Text>
            </View>
          ))}
        </View>
      ) : null}

      <Chips
        options={ROLE_TABS.map((t) => ({ ...t, label: `${t.label} ${usersOf(people.users, t.value).length}` }))}
        value={tab}
        onChange={setTab}
      />
      {shown.length === 0 ? (
        <EmptyState title="暂无" description={EMPTY_TEXT[tab]} />
      ) : (
        shown.map((u) => (
          <View key={u.openid} className="people__user">
            <View className="people__user-head">
              <Text className="people__user-name">{u.name || '（未填姓名）'}</Text>
              {u.phone ? <Text className="people__user-phone">{u.phone}</Text> : null}
            </View>
            {u.societyId ? <Text className="people__user-society">{people.societies.get(u.societyId)?.name ?? '（学会已删除）'}</Text> : null}
            {u.role === 'reviewer' ? (
              <Button size="small" fill="outline" type="danger" onClick={() => void change(u, 'remove')}>
                撤销审核员
              </Button>
            ) : null}
            {u.role === 'filler' ? (
              <Button size="small" fill="outline" type="danger" onClick={() => void change(u, 'unbind')}>
                解除绑定
              </Button>
            ) : null}
          </View>
        ))
      )}
    </View>
  )
}
