import iconv from 'iconv-lite'

/**
 * The text of a CSV as Excel writes it: UTF-8 with a BOM, plain UTF-8, or GBK (Excel on Chinese Windows).
 * A BOM decides; otherwise strict UTF-8, and GBK when the bytes are not valid UTF-8.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return iconv.decode(Buffer.from(bytes), 'gbk')
  }
}
