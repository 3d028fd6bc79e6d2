import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { DuplicateUse } from '../../shared'
import { duplicateFlag, inSameItem, placeOf } from './duplicate-text'
import { fetchPhotoUrls } from './photo-urls'

export interface DuplicateFlagsProps {
  itemId: string
  /** The item's photos in the order shown, to number them. */
  photoIds: readonly string[]
  duplicates: Readonly<Record<string, readonly DuplicateUse[]>>
}

/** Shows this photo beside its other uses in one place, full screen. */
async function compare(fileId: string, uses: readonly DuplicateUse[]) {
  try {
    const urls = await fetchPhotoUrls([fileId, ...uses.map((use) => use.fileId)])
    const others = uses.flatMap((use) => (urls[use.fileId] ? [urls[use.fileId]!] : []))
    if (others.length === 0) return void Taro.showToast({ title: `${placeOf(uses[0]!)}的那张照片已不在`, icon: 'none' })
    const own = urls[fileId]
    void Taro.previewImage({ current: others[0]!, urls: own ? [own, ...others] : others })
  } catch {
    void Taro.showToast({ title: '照片加载失败，请重试', icon: 'none' })
  }
}

/** Under the photos: each photo also used elsewhere (this form or, for reviewers, another society's), a tap away. */
export function DuplicateFlags({ itemId, photoIds, duplicates }: DuplicateFlagsProps) {
  const numberOf = (fileId: string) => photoIds.indexOf(fileId) + 1
  const linkText = (use: DuplicateUse) =>
    inSameItem(use, itemId) ? (numberOf(use.fileId) > 0 ? `对比第${numberOf(use.fileId)}张` : '对比') : `查看${placeOf(use)}`
  /** One link per photo of this item, one per other place (several matching photos there open together). */
  const linksOf = (uses: readonly DuplicateUse[]) => {
    const links = new Map<string, DuplicateUse[]>()
    for (const use of uses) {
      const key = inSameItem(use, itemId) ? `own:${use.fileId}` : placeOf(use)
      links.set(key, [...(links.get(key) ?? []), use])
    }
    return [...links.entries()]
  }
  const flagged = photoIds.flatMap((id, index) => (duplicates[id]?.length ? [{ id, index, uses: duplicates[id]! }] : []))
  if (flagged.length === 0) return null
  return (
    <View className="evidence-dups">
      {flagged.map(({ id, index, uses }) => (
        <View key={id} className="evidence-dups__row">
          <Text className="evidence-dups__text">
            第{index + 1}张：{duplicateFlag(uses, itemId, numberOf)}
          </Text>
          <View className="evidence-dups__links">
            {linksOf(uses).map(([key, place]) => (
              <Text key={key} className="evidence-dups__link" onClick={() => void compare(id, place)}>
                {linkText(place[0]!)}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
