import { Text, View } from '@tarojs/components'
import { Cell, CellGroup, Tag } from '@nutui/nutui-react-taro'
import { getRubric, type AGroup } from '../../shared/rubric'
import './index.scss'

function groupSummary(group: AGroup): string {
  const itemCount = group.bGroups.reduce((n, b) => n + b.items.length, group.items.length)
  return group.bGroups.length > 0
    ? `${group.bGroups.length} 个二级指标 · ${itemCount} 项`
    : `${itemCount} 项`
}

export default function Home() {
  const rubric = getRubric(2022)

  return (
    <View className="home">
      <View className="home__header">
        <View className="home__meta">
          <Tag background="#ffffff" color="#1f6fd6">
            {rubric.attachment}
          </Tag>
          <Text className="home__year">{rubric.year} 年度</Text>
        </View>
        <Text className="home__title">{rubric.title}</Text>
      </View>

      <CellGroup title="评价指标">
        {rubric.aGroups.map((group) => (
          <Cell
            key={group.id}
            title={`${group.id} ${group.name}`}
            description={groupSummary(group)}
            extra={<Text className="home__points">{group.max} 分</Text>}
            align="center"
          />
        ))}
        <Cell
          className="home__total"
          title="总分"
          extra={<Text className="home__points home__points--total">{rubric.total} 分</Text>}
          align="center"
        />
      </CellGroup>
    </View>
  )
}
