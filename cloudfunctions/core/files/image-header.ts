import { sniffImageType, startsWith, type ImageType } from '../evidence/image-type'
import { isStartOfFrame, walkJpegSegments } from './jpeg-segments'

/** What an image's header says, read without decoding a pixel; `problem` when the structure is not whole. */
export type ImageHeader =
  | { ok: true; type: ImageType; width: number; height: number }
  | { ok: false; problem: 'truncated' | 'damaged' }

const truncated = { ok: false, problem: 'truncated' } as const
const damaged = { ok: false, problem: 'damaged' } as const

/** PNG: IHDR first, chunks that each fit in the file, at least one IDAT, and IEND. */
function pngHeader(bytes: Uint8Array, view: DataView): ImageHeader {
  if (bytes.length < 33 || view.getUint32(8) !== 13 || !startsWith(bytes, [0x49, 0x48, 0x44, 0x52], 12)) return damaged
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  let at = 8
  let sawData = false
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    if (at + 12 + length > bytes.length) return truncated
    if (type === 'IDAT') sawData = true
    if (type === 'IEND') return sawData ? { ok: true, type: 'image/png', width, height } : damaged
    at += 12 + length
  }
  return truncated
}

/** JPEG: segments from SOI up to the first scan, a frame size among them, and an EOI after the scan. */
function jpegHeader(bytes: Uint8Array, view: DataView): ImageHeader {
  let size: { width: number; height: number } | null = null
  const walk = walkJpegSegments<ImageHeader>(bytes, view, (marker, start, end) => {
    if (isStartOfFrame(marker)) {
      if (end - start < 5) return damaged
      size = { height: view.getUint16(start + 1), width: view.getUint16(start + 3) }
    }
    if (marker !== 0xda) return undefined
    if (!size) return damaged
    // Scan data never holds FF D9 (an FF there is followed by 00 or a restart marker): an EOI after it ends the image.
    const endOfImage = lastIndexOfPair(bytes, 0xff, 0xd9)
    return endOfImage > start - 4 ? { ok: true, type: 'image/jpeg', ...size } : truncated
  })
  if ('found' in walk) return walk.found
  return walk.problem === 'damaged' ? damaged : truncated
}

function lastIndexOfPair(bytes: Uint8Array, first: number, second: number): number {
  for (let i = bytes.length - 2; i >= 0; i--) if (bytes[i] === first && bytes[i + 1] === second) return i
  return -1
}

/** WebP: the RIFF size within the file, and the canvas size of its VP8X, VP8L or VP8 chunk. */
function webpHeader(bytes: Uint8Array, view: DataView): ImageHeader {
  if (bytes.length < 30) return truncated
  if (view.getUint32(4, true) + 8 > bytes.length) return truncated
  const chunk = String.fromCharCode(...bytes.subarray(12, 16))
  const u24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)
  if (chunk === 'VP8X') return { ok: true, type: 'image/webp', width: u24(24) + 1, height: u24(27) + 1 }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return damaged
    const bits = view.getUint32(21, true)
    return { ok: true, type: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (chunk === 'VP8 ') {
    if (!startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) return damaged
    return { ok: true, type: 'image/webp', width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff }
  }
  return damaged
}

/** The type and size an image declares, checked for a whole structure; null when it is no image we accept. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const type = sniffImageType(bytes)
  if (!type) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const header = type === 'image/png' ? pngHeader(bytes, view) : type === 'image/jpeg' ? jpegHeader(bytes, view) : webpHeader(bytes, view)
  if (header.ok && (header.width === 0 || header.height === 0)) return damaged
  return header
}
