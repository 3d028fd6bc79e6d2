import { ActionError } from '../../../src/shared'
import { readImageHeader } from './image-header'
import { MAX_PHOTO_PIXELS, type ZipLimits } from './limits'
import { inspectZip, zipProblemText, type EntryReader } from './zip-inspect'

/**
 * The one rule for every file a user sends: it is inspected within fixed limits before anything trusts it,
 * and refused with a message naming the file and the limit. These throw the ActionError to show.
 */

/** An image's header: whole, and within the pixel cap. Answers its declared size. */
export function requireSaneImage(bytes: Uint8Array, fileName: string, outcome: string): { width: number; height: number } {
  const header = readImageHeader(bytes)
  if (!header) throw new ActionError('INVALID_INPUT', `“${fileName}”不是 JPEG、PNG 或 WebP 图片，${outcome}`)
  if (!header.ok) {
    const why = header.problem === 'truncated' ? '文件不完整（可能上传时被截断）' : '图片已损坏，无法读取'
    throw new ActionError('INVALID_INPUT', `“${fileName}”${why}，${outcome}`)
  }
  const { width, height } = header
  if (width * height > MAX_PHOTO_PIXELS) {
    throw new ActionError(
      'PAYLOAD_TOO_LARGE',
      `“${fileName}”有 ${width} × ${height} 像素，超过 ${MAX_PHOTO_PIXELS / 10_000} 万像素的上限，${outcome}`,
    )
  }
  return { width, height }
}

/** A zip package read entry by entry within `limits` (showing entries to `readerOf`'s readers). Answers its entry names. */
export async function requireSaneZip(
  bytes: Uint8Array,
  fileName: string,
  limits: ZipLimits,
  outcome: string,
  readerOf?: (name: string) => EntryReader | undefined,
): Promise<{ names: ReadonlySet<string> }> {
  const inspection = await inspectZip(bytes, limits, readerOf)
  if (!inspection.ok) {
    const code = inspection.problem.kind === 'damaged' ? 'INVALID_INPUT' : 'PAYLOAD_TOO_LARGE'
    throw new ActionError(code, zipProblemText(fileName, inspection.problem, outcome))
  }
  return inspection
}
