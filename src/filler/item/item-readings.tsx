import { evidenceKindOf, getRubric } from '../../shared'
import { eventPeriodOf } from '../../shared/reading'
import { EvidenceReadingList } from '../../components/evidence-readings'
import { useItemReadings } from './use-item-readings'

/** Under the item's photos: what reading found on them, so that a photo of the wrong year is replaced before submitting. */
export function ItemReadings({ year, itemId, fileIds }: { year: number; itemId: string; fileIds: readonly string[] }) {
  const photoIds = fileIds.filter((id) => evidenceKindOf(id) === 'photo')
  const readings = useItemReadings(year, itemId, photoIds, photoIds.length > 0)
  const quarterly = eventPeriodOf(getRubric(year), itemId) === 'quarter'
  return <EvidenceReadingList year={year} photoIds={photoIds} readings={readings} showText={false} quarterly={quarterly} />
}
