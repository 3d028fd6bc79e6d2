import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ActionOutput } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { detailUrl, listInput, type ListQuery } from '../list/list-query'
import './neighbours.scss'

type Around = ActionOutput<'review.neighbours'>

/** 上一份 / 下一份 within the list the reviewer came from (same filter and sort); hidden when it cannot be read. */
export function Neighbours({ year, submissionId, query }: { year: number; submissionId: string; query: ListQuery }) {
  const [around, setAround] = useState<Around | null>(null)
  useEffect(() => {
    const { page: _page, pageSize: _size, ...filter } = listInput(year, query, 1)
    callAction('review.neighbours', { ...filter, submissionId })
      .then(setAround)
      .catch(() => setAround(null))
  }, [year, submissionId, query.scope, query.status, query.search, query.sort])

  if (!around || around.count === 0) return null
  const go = (id: string) => void Taro.redirectTo({ url: detailUrl(id, query) })
  return (
    <View className="review-neighbours">
      <Text
        className={`review-neighbours__link${around.previous ? '' : ' review-neighbours__link--off'}`}
        onClick={() => around.previous && go(around.previous.id)}
      >
        ‹ 上一份{around.previous ? `：${around.previous.societyName}` : ''}
      </Text>
      <Text className="review-neighbours__place">{around.position > 0 ? `${around.position}/${around.count}` : `共${around.count}份`}</Text>
      <Text
        className={`review-neighbours__link review-neighbours__link--next${around.next ? '' : ' review-neighbours__link--off'}`}
        onClick={() => around.next && go(around.next.id)}
      >
        下一份{around.next ? `：${around.next.societyName}` : ''} ›
      </Text>
    </View>
  )
}
