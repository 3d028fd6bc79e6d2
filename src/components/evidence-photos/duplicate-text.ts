import type { DuplicateUse } from '../../shared'

/** Whether the other use is in the very item the photo belongs to (the same photo added twice). */
export const inSameItem = (use: DuplicateUse, itemId: string): boolean => use.sameSubmission && use.itemId === itemId

/** Where one other use of the photo is, in words: `B2.1（本表）` or `自治区农学会 B3.1`. */
export const placeOf = (use: DuplicateUse): string =>
  use.sameSubmission ? `${use.itemId}（本表）` : `${use.societyName || '另一学会'} ${use.itemId}`

/** Each place once, with how many of its photos match when more than one: `B6.3（本表，4张）`, `自治区农学会 B3.1（2张）`. */
function placesOf(uses: readonly DuplicateUse[]): string[] {
  const counts = new Map<string, { use: DuplicateUse; count: number }>()
  for (const use of uses) {
    const key = placeOf(use)
    const seen = counts.get(key)
    if (seen) seen.count++
    else counts.set(key, { use, count: 1 })
  }
  return [...counts.entries()].map(([place, { use, count }]) =>
    count === 1 ? place : use.sameSubmission ? `${use.itemId}（本表，${count}张）` : `${place}（${count}张）`,
  )
}

/**
 * The flag under a photo of `itemId`: "本项内重复（与第1张相同）；同一张照片也用于 B2.1（本表）、自治区农学会 B3.1".
 * `numberOf` gives a photo's number in the item (0 when it is not among them).
 */
export function duplicateFlag(uses: readonly DuplicateUse[], itemId: string, numberOf: (fileId: string) => number = () => 0): string {
  const twins = uses.filter((u) => inSameItem(u, itemId))
  const elsewhere = uses.filter((u) => !inSameItem(u, itemId))
  const numbers = twins.map((u) => numberOf(u.fileId)).filter((n) => n > 0)
  return [
    twins.length > 0 ? `本项内重复${numbers.length > 0 ? `（与${numbers.map((n) => `第${n}张`).join('、')}相同）` : ''}` : '',
    elsewhere.length > 0 ? `同一张照片也用于 ${placesOf(elsewhere).join('、')}` : '',
  ]
    .filter(Boolean)
    .join('；')
}

/** What the filler is told on attaching a photo already attached in the form: the items it is in (this one or others). */
export function duplicateNotice(itemsUsed: readonly string[], itemId: string): string {
  const others = [...new Set(itemsUsed.filter((id) => id !== itemId))]
  const where = others.length > 0 ? `这张照片已用于本表的 ${others.join('、')}` : '本项已经有这张照片'
  return `${where}。同一张照片用于多处时，审核员会看到提示；如非有意，请删除后换一张。`
}
