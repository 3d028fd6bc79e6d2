import { Text, View } from '@tarojs/components'
import type { SubmissionView } from '../../../shared'
import { duplicateFlag } from '../../../components/evidence-photos/duplicate-text'
import './evidence-summary.scss'

/**
 * At the top of the detail: every photo of this submission that is also used in another of its items or in
 * another society's submission of the year, so that the reviewer is told without looking for it.
 */
export function DuplicateSummary({ view }: { view: SubmissionView }) {
  const rows = Object.entries(view.evidence).flatMap(([itemId, fileIds]) =>
    fileIds.flatMap((fileId) => (view.duplicates?.[fileId]?.length ? [{ itemId, fileId, uses: view.duplicates[fileId]! }] : [])),
  )
  if (rows.length === 0) return null
  rows.sort((a, b) => a.itemId.localeCompare(b.itemId, 'en', { numeric: true }))
  const crossSociety = rows.filter((r) => r.uses.some((u) => !u.sameSubmission)).length
  return (
    <View className="evidence-summary">
      <Text className="evidence-summary__title">
        发现{rows.length}张照片重复使用{crossSociety > 0 ? `，其中${crossSociety}张也出现在其他学会的填报中` : ''}
      </Text>
      {rows.map((r) => (
        <Text key={r.fileId} className="evidence-summary__row">
          {r.itemId}：{duplicateFlag(r.uses, r.itemId)}
        </Text>
      ))}
    </View>
  )
}
