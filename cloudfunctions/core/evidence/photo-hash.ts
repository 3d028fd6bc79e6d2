import { readImageHeader } from '../files/image-header'
import { MAX_HASHED_PIXELS } from '../files/limits'
import type { PhotoHash } from '../ports'
import { DHASH_MIN_HEIGHT, DHASH_MIN_WIDTH, decodePixels, dhashOfPixels, type Pixels } from './dhash'
import { jpegDcLuma } from './jpeg-dc'
import { pngDataWithinBound } from './png-bound'

/**
 * Decodes a photo for its difference hash, never beyond MAX_HASHED_PIXELS (a larger photo is compared by its exact
 * SHA-256 only); a baseline JPEG is read at an eighth of its size; WebP is not decoded here at all.
 * A JPEG or PNG whose pixels do not decode is `undecodable`, and refused.
 */
export function photoHash(bytes: Uint8Array): PhotoHash {
  const header = readImageHeader(bytes)
  if (!header?.ok) return { undecodable: true, dhash: null }
  if (header.type === 'image/webp' || header.width * header.height > MAX_HASHED_PIXELS) return { undecodable: false, dhash: null }
  if (header.type === 'image/png' && !pngDataWithinBound(bytes)) return { undecodable: true, dhash: null }
  const fewer = header.type === 'image/jpeg' ? jpegBlockAverages(bytes) : null
  if (fewer) return { undecodable: false, dhash: dhashOfPixels(fewer) }
  const pixels = decodePixels(bytes)
  return pixels ? { undecodable: false, dhash: dhashOfPixels(pixels) } : { undecodable: true, dhash: null }
}

/**
 * A baseline JPEG's 8×8 block averages as pixels (jpeg-dc.ts): 13–25 times faster than decoding every pixel
 * of a phone photo. Null when the reader is not sure of the file, or when at an eighth of its size the picture
 * has fewer than two blocks for each cell of the hash's fine grid (under about 580 × 520 px, where a whole
 * decode is quick and the blocks would be too coarse): then it is decoded whole.
 */
function jpegBlockAverages(bytes: Uint8Array): Pixels | null {
  const luma = jpegDcLuma(bytes)
  if (!luma || luma.width < 2 * DHASH_MIN_WIDTH || luma.height < 2 * DHASH_MIN_HEIGHT) return null
  const data = new Uint8Array(luma.width * luma.height * 4)
  for (let i = 0, at = 0; i < luma.gray.length; i++, at += 4) data[at] = data[at + 1] = data[at + 2] = luma.gray[i]!
  return { width: luma.width, height: luma.height, data }
}

/** The hasher of a process that serves one call at a time (a cloud function instance): decodes in place. */
export const inProcessHasher = { hash: async (bytes: Uint8Array) => photoHash(bytes) }
