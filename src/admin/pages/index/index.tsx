import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { routes } from '../../../shared/routes'
import { useCurrentYear } from '../../../features/account'
import { ADMIN_MENU } from './menu'
import './index.scss'

/** One tappable row: its title, what it is for across the whole width, an arrow. */
function MenuRow({ title, note, onOpen, entry }: { title: string; note?: string; onOpen(): void; entry?: boolean }) {
  return (
    <View className={`admin-home__row${entry ? ' admin-home__entry' : ''}`} onClick={onOpen}>
      <View className="admin-home__text">
        <Text className="admin-home__name">{title}</Text>
        {note ? <Text className="admin-home__note">{note}</Text> : null}
      </View>
      <Text className="admin-home__arrow">›</Text>
    </View>
  )
}

/** The admin's start: one entry per job of running a year. */
export default function AdminHome() {
  const go = (url: string) => void Taro.navigateTo({ url })
  const year = useCurrentYear()
  return (
    <View className="admin-home">
      <Text className="admin-home__title">管理后台 · {year}年度</Text>
      <View className="admin-home__group">
        {ADMIN_MENU.map((entry) => (
          <MenuRow key={entry.url} entry title={entry.title} note={entry.note} onOpen={() => go(entry.url)} />
        ))}
      </View>
      <View className="admin-home__group">
        <MenuRow title="统计看板" note="各状态数量、总分分布、各组平均得分" onOpen={() => go(routes.dashboard(year))} />
        <MenuRow title="审核列表" note="逐个学会审核、退回、审核通过，导出结果" onOpen={() => go(routes.reviewerList())} />
        <MenuRow title="我的资料" onOpen={() => go(routes.profile())} />
      </View>
    </View>
  )
}
