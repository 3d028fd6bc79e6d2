import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { routes } from '../../shared/routes'

/** Home opened on an earlier year (from 往年 or a message about it): says so, and leads back to the current year. */
export function YearBanner({ year, current }: { year: number; current: number }) {
  return (
    <View className="home__year-banner" role="status">
      <Text className="home__year-banner-text">正在查看{year}年度的自评表（当前年度为{current}年度）</Text>
      <Text className="home__year-banner-link" onClick={() => void Taro.reLaunch({ url: routes.home() })}>
        回到{current}年度
      </Text>
    </View>
  )
}
