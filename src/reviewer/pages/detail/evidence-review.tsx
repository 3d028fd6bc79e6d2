import { Text } from '@tarojs/components'
import { evidenceKindOf, findRubric, type SubmissionView } from '../../../shared'
import { eventPeriodOf } from '../../../shared/reading'
import EvidencePhotos from '../../../components/evidence-photos'
import { EvidenceReadingList } from '../../../components/evidence-readings'

const ignore = () => undefined

/** An item's evidence (or `only` those files) as the reviewer sees it: photos and documents, missing files, photos reused elsewhere, what reading found. */
export function ReviewEvidence({ view, itemId, only }: { view: SubmissionView; itemId: string; only?: string[] }) {
  const fileIds = only ?? view.evidence[itemId] ?? []
  if (fileIds.length === 0) return <Text className="review-item__note">未上传证明材料</Text>
  const photoIds = fileIds.filter((id) => evidenceKindOf(id) === 'photo')
  const rubric = findRubric(view.year)
  const quarterly = rubric ? eventPeriodOf(rubric, itemId) === 'quarter' : false
  return (
    <>
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
      <EvidenceReadingList year={view.year} photoIds={photoIds} readings={view.readings ?? {}} showText quarterly={quarterly} />
    </>
  )
}
