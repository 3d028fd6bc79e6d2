import type { DuplicateUse } from '../../shared'

/** Where one other use of the photo is, in words: `B2.1（本表）` or `自治区农学会 B3.1`. */
export const placeOf = (use: DuplicateUse): string =>
  use.sameSubmission ? `${use.itemId}（本表）` : `${use.societyName || '另一学会'} ${use.itemId}`

/** The flag under a photo: "同一张照片也用于 B2.1（本表）、自治区农学会 B3.1". */
export const duplicateFlag = (uses: readonly DuplicateUse[]): string => `同一张照片也用于 ${uses.map(placeOf).join('、')}`

/** What the filler is told on attaching a photo already attached elsewhere in the form. */
export const duplicateNotice = (uses: readonly DuplicateUse[]): string =>
  `这张照片已用于本表的 ${[...new Set(uses.map((u) => u.itemId))].join('、')}。同一张照片用于多个指标时，审核员会看到提示；如非有意，请删除后换一张。`
