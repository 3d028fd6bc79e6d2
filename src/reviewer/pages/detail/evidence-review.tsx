import { Text } from '@tarojs/components'
import type { SubmissionView } from '../../../shared'
import EvidencePhotos from '../../../components/evidence-photos'

const ignore = () => undefined

/** An item's evidence (or `only` those files) as the reviewer sees it: photos and documents, missing files, photos reused elsewhere. */
export function ReviewEvidence({ view, itemId, only }: { view: SubmissionView; itemId: string; only?: string[] }) {
  const fileIds = only ?? view.evidence[itemId] ?? []
  if (fileIds.length === 0) return <Text className="review-item__note">未上传证明材料</Text>
  return (
    <EvidencePhotos
      year={view.year}
      societyId={view.societyId}
      itemId={itemId}
      fileIds={fileIds}
      editable={false}
      onChange={ignore}
      files={view.files}
      duplicates={view.duplicates}
    />
  )
}
