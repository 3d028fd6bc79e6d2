import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { HistoryEntry } from '../../shared'
import { formatDateTime } from '../../features/format/date-time'
import { loadErrorText } from '../page-state'
import { formatPoints } from '../score-badge'
import './index.scss'

type ScoreState = NonNullable<HistoryEntry['before']>

const scoreText = (s: ScoreState | null) => (s && typeof s.finalScore === 'number' ? `${formatPoints(s.finalScore)}分` : '未审核')

/** One entry in words: what happened, and the details a reader checks (reasons, from → to, comment). */
function describe(entry: HistoryEntry): { title: string; details: string[] } {
  switch (entry.kind) {
    case 'submitted':
      return { title: `提交自评表${entry.total !== null ? `，自评${formatPoints(entry.total)}分` : ''}`, details: [] }
    case 'resubmitted':
      return { title: `修改后重新提交${entry.total !== null ? `，自评${formatPoints(entry.total)}分` : ''}`, details: [] }
    case 'returned': {
      const reasons = entry.reasons
      const details = [
        ...(reasons?.overall ? [`总体原因：${reasons.overall}`] : []),
        ...Object.entries(reasons?.items ?? {}).map(([id, r]) => `${id}：${r}`),
      ]
      return { title: '退回修改', details }
    }
    case 'finalized':
      return { title: `审核通过${entry.total !== null ? `，最终得分${formatPoints(entry.total)}分` : ''}`, details: [] }
    case 'accepted':
      return { title: `采纳自评分为最终得分（${entry.items?.length ?? 0}项）`, details: [(entry.items ?? []).join('、')] }
    case 'score': {
      const comment = entry.after?.comment ?? ''
      const sameScore = scoreText(entry.before) === scoreText(entry.after)
      return {
        title: `${entry.itemId ?? ''} ${sameScore ? '修改审核意见' : `最终得分 ${scoreText(entry.before)} → ${scoreText(entry.after)}`}`,
        details: comment ? [`意见：${comment}`] : [],
      }
    }
    case 'withdrawn':
      return { title: '学会撤回自评表（审核前）', details: [] }
    case 'recheck-requested':
      return {
        title: `申请复核（${Object.keys(entry.reasons?.items ?? {}).length}项）`,
        details: [
          ...Object.entries(entry.reasons?.items ?? {}).map(([id, r]) => `${id}：${r}`),
          ...(entry.items?.length ? [`补充了证明材料：${entry.items.join('、')}`] : []),
        ],
      }
    case 'recheck-answered': {
      const kept = scoreText(entry.before) === scoreText(entry.after)
      const verdict = kept ? `维持 ${scoreText(entry.after)}` : `${scoreText(entry.before)} → ${scoreText(entry.after)}`
      const total = entry.total !== null ? `，总分${formatPoints(entry.total)}分` : ''
      return { title: `${entry.itemId ?? ''} 复核${verdict}${total}`, details: [`说明：${entry.after?.comment ?? ''}`] }
    }
  }
}

/** A submission's history, oldest first: who did what, when. */
export function HistoryList({ entries }: { entries: readonly HistoryEntry[] }) {
  if (entries.length === 0) return <Text className="review-history__empty">暂无记录</Text>
  return (
    <View className="review-history__list">
      {entries.map((entry, i) => {
        const { title, details } = describe(entry)
        return (
          <View key={i} className={`review-history__entry review-history__entry--${entry.kind}`}>
            <Text className="review-history__title">{title}</Text>
            {details.map((d, j) => (
              <Text key={j} className="review-history__detail">
                {d}
              </Text>
            ))}
            <Text className="review-history__meta">
              {entry.by} · {formatDateTime(entry.at)}
            </Text>
          </View>
        )
      })}
    </View>
  )
}

/** A folded 审核记录 section that loads the history when opened (and again on each opening). */
export function HistoryPanel({ load, title = '审核记录' }: { load(): Promise<{ entries: HistoryEntry[] }>; title?: string }) {
  const [open, setOpen] = useState(false)
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const toggle = async () => {
    if (open) return setOpen(false)
    setOpen(true)
    setError(null)
    try {
      setEntries((await load()).entries)
    } catch (e) {
      setError(loadErrorText(e))
    }
  }
  return (
    <View className="review-history">
      <View className="review-history__head" onClick={() => void toggle()}>
        <Text className="review-history__heading">{title}</Text>
        <Text className="review-history__toggle">{open ? '收起' : '展开'}</Text>
      </View>
      {open ? (
        error ? (
          <Text className="review-history__error" onClick={() => void toggle().then(toggle)}>
            {error}
          </Text>
        ) : entries ? (
          <HistoryList entries={entries} />
        ) : (
          <Text className="review-history__empty">加载中…</Text>
        )
      ) : null}
    </View>
  )
}
