import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { routes } from '../../../shared/routes'
import { useCurrentYear } from '../../../features/account'
import { ADMIN_MENU } from './menu'
import './index.scss'

/** The admin's start: one entry per job of running a year. */
export default function AdminHome() {
  const go = (url: string) => void Taro.navigateTo({ url })
  const year = useCurrentYear()
  return (
    <View className="admin-home">
      <Text className="admin-home__title">管理后台</Text>
      <CellGroup>
        {ADMIN_MENU.map((entry) => (
          <Cell
            key={entry.url}
            className="admin-home__entry"
            title={entry.title}
            description={entry.note}
            clickable
            onClick={() => go(entry.url)}
            extra={<Text className="admin-home__arrow">›</Text>}
          />
        ))}
      </CellGroup>
      <CellGroup>
        <Cell title="统计看板" clickable onClick={() => go(routes.dashboard(year))} extra={<Text className="admin-home__arrow">›</Text>} />
        <Cell title="审核列表" clickable onClick={() => go(routes.reviewerList())} extra={<Text className="admin-home__arrow">›</Text>} />
        <Cell title="我的资料" clickable onClick={() => go(routes.profile())} extra={<Text className="admin-home__arrow">›</Text>} />
      </CellGroup>
    </View>
  )
}
