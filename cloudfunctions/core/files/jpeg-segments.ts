/** SOF markers that carry the frame's size (not DHT C4, JPG C8, DAC CC). */
export const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)

/** How a walk over a JPEG's segments ended: what the visitor answered, or where the structure broke first. */
export type JpegWalk<T> = { found: T } | { problem: 'truncated' | 'damaged' }

/**
 * Walks a JPEG's segments after SOI, skipping fill bytes, and hands each one to `visit` (its marker and where its
 * body lies, after the two length bytes) until `visit` answers something other than undefined. A byte that is no
 * marker where one must be is damage; a segment running past the file, or the file ending first, is a cut.
 */
export function walkJpegSegments<T>(bytes: Uint8Array, view: DataView, visit: (marker: number, start: number, end: number) => T | undefined): JpegWalk<T> {
  let at = 2
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return { problem: 'damaged' }
    const marker = bytes[at + 1]!
    if (marker === 0xff) {
      at++ // fill byte
      continue
    }
    const length = view.getUint16(at + 2)
    if (length < 2 || at + 2 + length > bytes.length) return { problem: 'truncated' }
    const found = visit(marker, at + 4, at + 2 + length)
    if (found !== undefined) return { found }
    at += 2 + length
  }
  return { problem: 'truncated' }
}
