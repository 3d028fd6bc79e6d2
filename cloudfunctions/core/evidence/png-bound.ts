import { inflateSync } from 'node:zlib'

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

/**
 * Whether a PNG's image data inflates to no more than its declared size allows. pngjs bounds the inflate of a
 * plain PNG by that size but inflates an interlaced one without any bound: a 100 × 100 interlaced PNG could
 * inflate to gigabytes. Inflated here once with `maxOutputLength` (stopped at the bound) before pngjs sees it.
 */
export function pngDataWithinBound(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  const bitsPerPixel = bytes[24]! * (CHANNELS[bytes[25]!] ?? 4)
  // Rows of every Adam7 pass add up to under 2 × height, each with a filter byte and a part-filled last byte.
  const bound = height * Math.ceil((width * bitsPerPixel) / 8) + 4 * height + 1024
  const data: Uint8Array[] = []
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    if (type === 'IDAT') data.push(bytes.subarray(at + 8, at + 8 + length))
    if (type === 'IEND') break
    at += 12 + length
  }
  try {
    inflateSync(Buffer.concat(data), { maxOutputLength: bound })
    return true
  } catch {
    return false
  }
}
