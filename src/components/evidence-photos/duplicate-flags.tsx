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

/** Shows this photo beside its other use, full screen. */
async function compare(fileId: string, use: DuplicateUse) {
  try {
    const urls = await fetchPhotoUrls([fileId, use.fileId])
    const both = [urls[fileId], urls[use.fileId]].filter((u): u is string => Boolean(u))
    if (!urls[use.fileId]) return void Taro.showToast({ title: `${placeOf(use)}的那张照片已不在`, icon: 'none' })
    void Taro.previewImage({ current: urls[use.fileId]!, urls: both })
  } catch {
    void Taro.showToast({ title: '照片加载失败，请重试', icon: 'none' })
  }
}

/** Under the photos: each photo also used elsewhere (this form or, for reviewers, another society's), a tap away. */
export function DuplicateFlags({ itemId, photoIds, duplicates }: DuplicateFlagsProps) {
  const numberOf = (fileId: string) => photoIds.indexOf(fileId) + 1
  const linkText = (use: DuplicateUse) =>
    inSameItem(use, itemId) ? (numberOf(use.fileId) > 0 ? `对比第${numberOf(use.fileId)}张` : '对比') : `查看${placeOf(use)}`
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
            {uses.map((use) => (
              <Text key={use.fileId} className="evidence-dups__link" onClick={() => void compare(id, use)}>
                {linkText(use)}
              </Text>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
