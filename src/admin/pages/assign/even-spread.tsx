import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Checkbox, Switch } from '@nutui/nutui-react-taro'
import type { UserAdminView } from '../../../shared'

interface EvenSpreadProps {
  reviewers: readonly UserAdminView[]
  load: ReadonlyMap<string, number>
  busy: boolean
  onSpread(reviewers: string[], onlyUnassigned: boolean): void
}

/** Spreads the societies evenly over the reviewers the admin ticks. */
export function EvenSpread({ reviewers, load, busy, onSpread }: EvenSpreadProps) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(reviewers.map((r) => r.openid)))
  const [onlyUnassigned, setOnlyUnassigned] = useState(true)
  const toggle = (openid: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c)
      if (on) next.add(openid)
      else next.delete(openid)
      return next
    })
  return (
    <View className="assign__card">
      <Text className="assign__heading">平均分配</Text>
      {reviewers.map((r) => (
        <View key={r.openid} className="assign__reviewer">
          <Checkbox checked={chosen.has(r.openid)} aria-label={`选择 ${r.name}`} onChange={(on) => toggle(r.openid, on)} />
          <Text className="assign__reviewer-name">{r.name || '（未填姓名）'}</Text>
          <Text className="assign__reviewer-load">负责 {load.get(r.openid) ?? 0} 个</Text>
        </View>
      ))}
      <View className="assign__switch">
        <Switch checked={onlyUnassigned} onChange={setOnlyUnassigned} aria-label="只分配尚未分配的学会" />
        <Text className="assign__switch-text">{onlyUnassigned ? '只分配尚未分配的学会（已有的分配不变）' : '全部重新分配（已有的分配会改变）'}</Text>
      </View>
      <Button type="primary" loading={busy} disabled={busy || chosen.size === 0} onClick={() => onSpread([...chosen], onlyUnassigned)}>
        平均分给 {chosen.size} 位审核员
      </Button>
    </View>
  )
}
