import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import { getRubric, itemById } from '../../shared'
import { routes } from '../../shared/routes'

interface ItemLinksProps {
  year: number
  title: string
  /** Item ids in form order, each with an optional note (e.g. the reviewer's reason). */
  items: readonly { id: string; note?: string }[]
  action?: string
}

/** Items named by id and indicator, each opening its item page. */
export function ItemLinks({ year, title, items, action = '去填写' }: ItemLinksProps) {
  const byId = itemById(getRubric(year))
  return (
    <CellGroup title={title}>
      {items.map(({ id, note }) => (
        <Cell
          key={id}
          className="item-links__cell"
          title={
            <Text className="item-links__title">
              {id} {byId.get(id)?.indicator ?? ''}
            </Text>
          }
          description={note}
          extra={<Text className="item-links__go">{action} ›</Text>}
          align="center"
          clickable
          onClick={() => void Taro.navigateTo({ url: routes.item(id, year) })}
        />
      ))}
    </CellGroup>
  )
}
