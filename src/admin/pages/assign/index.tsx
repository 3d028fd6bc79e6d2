import { useEffect, useMemo, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Checkbox, Input } from '@nutui/nutui-react-taro'
import type { SocietyAdminView, UserAdminView } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { routes } from '../../../shared/routes'
import { EmptyState } from '../../../components/empty-state'
import LoadMore from '../../../components/load-more'
import { useShownRows } from '../../../components/load-more/use-shown-rows'
import { PageState, loadErrorText } from '../../../components/page-state'
import { Chips } from '../../../components/chips'
import { errorText } from '../../components/field-check'
import { PAGE_ROWS, filterSocieties, type SocietyFilter } from '../societies/society-filter'
import { EvenSpread } from './even-spread'
import './index.scss'

const SHOW: readonly { label: string; value: SocietyFilter }[] = [
  { label: '未分配', value: 'unassigned' },
  { label: '全部', value: 'all' },
]

/** 分配审核: societies to reviewers, spread evenly or picked by hand. */
export default function AssignPage() {
  const [data, setData] = useState<{ societies: SocietyAdminView[]; reviewers: UserAdminView[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [filter, setFilter] = useState<SocietyFilter>('unassigned')
  const [search, setSearch] = useState('')
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [target, setTarget] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = async () => {
    setError(null)
    try {
      const [{ societies }, { users }] = await Promise.all([callAction('admin.listSocieties', {}), callAction('admin.listUsers', {})])
      const reviewers = users.filter((u) => u.role === 'reviewer')
      setData({ societies, reviewers })
      setTarget((t) => t ?? reviewers[0]?.openid ?? null)
    } catch (e) {
      setError(loadErrorText(e))
    }
  }
  useEffect(() => void load(), [])

  const visible = useMemo(
    () => filterSocieties((data?.societies ?? []).filter((s) => s.active), filter, search),
    [data, filter, search],
  )
  const page = useShownRows(visible, PAGE_ROWS, filter)
  const reviewerLoad = useMemo(() => {
    const count = new Map<string, number>()
    for (const s of data?.societies ?? []) if (s.reviewer) count.set(s.reviewer.openid, (count.get(s.reviewer.openid) ?? 0) + 1)
    return count
  }, [data])

  const after = async (work: () => Promise<string>) => {
    setBusy(true)
    try {
      const message = await work()
      setSelected(new Set())
      await load()
      void Taro.showToast({ title: message, icon: 'success' })
    } catch (e) {
      void Taro.showToast({ title: errorText(e), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  const spread = (reviewers: string[], onlyUnassigned: boolean) =>
    after(async () => {
      const { assigned } = await callAction('admin.assignEvenly', { reviewers, onlyUnassigned })
      return `已分配：${assigned.map((a) => `${a.name} ${a.count}`).join('，')}`
    })

  const assign = () =>
    after(async () => {
      const { updated } = await callAction('admin.assignSocieties', { societyIds: [...selected], reviewer: target })
      return target ? `已分配 ${updated} 个学会` : `已取消 ${updated} 个学会的分配`
    })

  if (!data) return <PageState error={error} onRetry={() => void load()} />
  if (data.reviewers.length === 0) {
    return (
      <View className="assign assign--center">
        <EmptyState title="还没有审核员" description="先到“人员与邀请”邀请审核员，对方接受邀请后即可分配学会。" />
        <Button type="primary" onClick={() => void Taro.redirectTo({ url: routes.adminPeople() })}>
          去邀请审核员
        </Button>
      </View>
    )
  }

  const unassigned = data.societies.filter((s) => s.active && !s.reviewer).length
  const targets = [...data.reviewers.map((r) => ({ label: r.name || '（未填姓名）', value: r.openid as string | null })), { label: '取消分配', value: null }]
  return (
    <View className="assign">
      <Text className="assign__title">分配审核</Text>
      <Text className="assign__note">
        {data.societies.filter((s) => s.active).length} 个学会，未分配 {unassigned} 个。
      </Text>
      <EvenSpread reviewers={data.reviewers} load={reviewerLoad} busy={busy} onSpread={(r, only) => void spread(r, only)} />

      <View className="assign__card">
        <Text className="assign__heading">手动分配</Text>
        <Input className="assign__search" value={search} placeholder="搜索学会" clearable aria-label="搜索学会" onChange={setSearch} />
        <Chips options={SHOW} value={filter} onChange={setFilter} />
        {visible.length === 0 ? (
          <Text className="assign__note">{filter === 'unassigned' ? '所有学会都已分配。' : '没有符合条件的学会。'}</Text>
        ) : (
          <Text
            className="assign__select-all"
            onClick={() => setSelected(visible.every((s) => selected.has(s.id)) ? new Set() : new Set(visible.map((s) => s.id)))}
          >
            {visible.every((s) => selected.has(s.id)) ? '取消全选' : `全选这 ${visible.length} 个`}
          </Text>
        )}
        {page.visible.map((s) => (
          <View key={s.id} className="assign__society">
            <Checkbox
              checked={selected.has(s.id)}
              aria-label={`选择 ${s.name}`}
              onChange={(on) =>
                setSelected((c) => {
                  const next = new Set(c)
                  if (on) next.add(s.id)
                  else next.delete(s.id)
                  return next
                })
              }
            />
            <Text className="assign__society-name">{s.name}</Text>
            <Text className="assign__society-reviewer">{s.reviewer ? s.reviewer.name : '未分配'}</Text>
          </View>
        ))}
        <LoadMore {...page.more} />
        <Text className="assign__heading assign__heading--sub">分配给</Text>
        <Chips options={targets} value={target} onChange={setTarget} />
        <Button type="primary" loading={busy} disabled={busy || selected.size === 0} onClick={() => void assign()}>
          {target ? `把选中的 ${selected.size} 个学会分配给 ${data.reviewers.find((r) => r.openid === target)?.name ?? ''}` : `取消选中的 ${selected.size} 个学会的分配`}
        </Button>
      </View>
    </View>
  )
}
