import { readImageHeader } from '../files/image-header'
import { MAX_HASHED_PIXELS } from '../files/limits'
import type { PhotoHash } from '../ports'
import { decodePixels, dhashOfPixels } from './dhash'
import { pngDataWithinBound } from './png-bound'

/**
 * Decodes a photo for its difference hash, never beyond MAX_HASHED_PIXELS (jpeg-js and pngjs cannot decode at
 * a reduced scale, so a larger photo is compared by its exact SHA-256 only); WebP is not decoded here at all.
 * A JPEG or PNG whose pixels do not decode is `undecodable`, and refused.
 */
export function photoHash(bytes: Uint8Array): PhotoHash {
  const header = readImageHeader(bytes)
  if (!header?.ok) return { undecodable: true, dhash: null }
  if (header.type === 'image/webp' || header.width * header.height > MAX_HASHED_PIXELS) return { undecodable: false, dhash: null }
  if (header.type === 'image/png' && !pngDataWithinBound(bytes)) return { undecodable: true, dhash: null }
  const pixels = decodePixels(bytes)
  return pixels ? { undecodable: false, dhash: dhashOfPixels(pixels) } : { undecodable: true, dhash: null }
}

/** The hasher of a process that serves one call at a time (a cloud function instance): decodes in place. */
export const inProcessHasher = { hash: async (bytes: Uint8Array) => photoHash(bytes) }
