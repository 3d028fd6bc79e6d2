import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { EvidenceReadings } from '../../shared'
import { anyPending, quarterSummary, readingLine } from './reading-text'
import './index.scss'

export interface EvidenceReadingListProps {
  year: number
  /** The item's photos in the order shown, to number them. */
  photoIds: readonly string[]
  readings: EvidenceReadings
  /** The reviewer also sees the recognised text of each photo. */
  showText: boolean
  /** The item counts events per quarter (B6.3): show the dates per quarter and the quarters without any. */
  quarterly: boolean
}

/** A text longer than this is shown folded, with 展开全文. */
const FOLD_CHARS = 120

function RecognisedText({ text }: { text: string }) {
  const [open, setOpen] = useState(false)
  if (!text) return null
  const long = text.length > FOLD_CHARS || text.split('\n').length > 4
  return (
    <View className="evidence-readings__text-box">
      {/* Plain text in the page even while folded, so that the browser's find reaches it. */}
      <Text className={`evidence-readings__text${long && !open ? ' evidence-readings__text--folded' : ''}`}>{text}</Text>
      {long ? (
        <Text className="evidence-readings__toggle" onClick={() => setOpen(!open)}>
          {open ? '收起' : '展开全文'}
        </Text>
      ) : null}
    </View>
  )
}

/**
 * Under an item's photos: what reading each photo found (its dates, a flag when they all lie outside the year,
 * for the reviewer its text) and, on items counting events per quarter, the quarters without a record.
 * Suggestions only: nothing here changes a score.
 */
export function EvidenceReadingList({ year, photoIds, readings, showText, quarterly }: EvidenceReadingListProps) {
  const read = photoIds.filter((id) => readings[id])
  if (read.length === 0) return null
  const summary = quarterly && !anyPending(photoIds, readings) ? quarterSummary(photoIds, readings, year) : null
  return (
    <View className="evidence-readings">
      <Text className="evidence-readings__title">照片文字识别（仅供参考）</Text>
      {photoIds.map((id, index) => {
        const reading = readings[id]
        if (!reading) return null
        const flagged = reading.status === 'done' && reading.outsideYear
        return (
          <View key={id} className={`evidence-readings__row${flagged ? ' evidence-readings__row--flagged' : ''}`}>
            <Text className={`evidence-readings__line evidence-readings__line--${flagged ? 'flagged' : reading.status}`}>
              第{index + 1}张：{readingLine(reading, year)}
            </Text>
            {showText && reading.status === 'done' ? <RecognisedText text={reading.text} /> : null}
          </View>
        )
      })}
      {summary ? (
        <View className="evidence-readings__quarters">
          {summary.quarters.map((q) =>
            q.dates.length > 0 ? (
              <Text key={q.name} className="evidence-readings__quarter">
                {q.name}：{q.dates.join('、')}
              </Text>
            ) : null,
          )}
          {summary.missing.map((sentence) => (
            <Text key={sentence} className="evidence-readings__missing">
              {sentence}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
