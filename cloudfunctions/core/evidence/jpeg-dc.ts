/**
 * The luma of a baseline JPEG at one eighth of its size, read from each 8×8 block's DC coefficient (the block's
 * average) without the inverse DCT, the colour conversion or the upsampling that a full decode spends most of
 * its time on: for the difference hash, which averages the picture down to a 36×32 grid anyway. The entropy-coded
 * data is still walked whole (every coefficient's code, to find the next block), so a scan that is cut short or
 * holds a code no table has is caught as with a full decode.
 *
 * Reads only what it is sure of: sequential Huffman frames (SOF0, SOF1) of 8-bit samples whose first scan holds
 * every component. Anything else (progressive, arithmetic coding, 12-bit, separate scans per component) and any
 * damage answer null, and the caller decodes the whole photo as before.
 */

import { isStartOfFrame, walkJpegSegments } from '../files/jpeg-segments'

export interface DcLuma {
  /** Whole blocks across and down: the picture's size ÷ 8, rounded down. */
  width: number
  height: number
  /** One gray level (0–255) per block, row by row. */
  gray: Uint8Array
}

interface Component {
  id: number
  h: number
  v: number
  quant: number
  dcTable: number
  acTable: number
  /** The DC predictor of the scan. */
  previous: number
}

/** A Huffman table as lookups: codes up to 9 bits in one step, longer ones by length. */
interface HuffmanTable {
  /** For the 9-bit prefix: (code length << 8) | symbol, or 0 when the code is longer than 9 bits. */
  fast: Uint16Array
  /** Per length 1..16: the largest code of that length (−1 if none), the offset of its symbols. */
  maxCode: Int32Array
  valueOffset: Int32Array
  values: Uint8Array
}

const FAST_BITS = 9

class Damaged extends Error {}

function buildTable(counts: Uint8Array, values: Uint8Array): HuffmanTable {
  const fast = new Uint16Array(1 << FAST_BITS)
  const maxCode = new Int32Array(18).fill(-1)
  const valueOffset = new Int32Array(18)
  let code = 0
  let k = 0
  for (let length = 1; length <= 16; length++) {
    const n = counts[length - 1]!
    valueOffset[length] = k - code
    for (let i = 0; i < n; i++, k++, code++) {
      if (length <= FAST_BITS) {
        const shift = FAST_BITS - length
        for (let fill = 0; fill < 1 << shift; fill++) fast[(code << shift) | fill] = (length << 8) | values[k]!
      }
    }
    if (n > 0) maxCode[length] = code - 1
    if (code > 1 << length) throw new Damaged()
    code <<= 1
  }
  return { fast, maxCode, valueOffset, values }
}

/**
 * A scan's entropy-coded bytes with the stuffing taken out (FF 00 read as FF), up to the marker that ends it
 * (or the end of the file), and where each restart marker stood in them. Reading bits from clean bytes needs no
 * test for markers on every byte, which is most of what a bit reader costs.
 */
interface ScanBytes {
  /** The clean bytes, followed by zeros (a read past the end finds zeros, and is caught by its position). */
  data: Uint8Array
  /** How many clean bytes the scan holds. */
  length: number
  /** The clean offset at which each restart marker stood, in order. */
  restarts: number[]
}

/** Zeros after the clean bytes: more than the bits of one block (64 codes of at most 16 + 16 bits), read past. */
const READ_PAST = 512

function scanBytes(bytes: Uint8Array, start: number, restartsExpected: boolean): ScanBytes {
  const data = new Uint8Array(bytes.length - start + READ_PAST)
  const restarts: number[] = []
  let length = 0
  let at = start
  for (;;) {
    const ff = bytes.indexOf(0xff, at)
    const stop = ff < 0 ? bytes.length : ff
    data.set(bytes.subarray(at, stop), length)
    length += stop - at
    if (ff < 0) break
    const next = bytes[ff + 1]
    if (next === 0x00) {
      data[length++] = 0xff
      at = ff + 2
    } else if (restartsExpected && next !== undefined && next >= 0xd0 && next <= 0xd7) {
      restarts.push(length)
      at = ff + 2
    } else {
      break // the marker that ends the scan (or a lone FF at the end of the file)
    }
  }
  return { data, length, restarts }
}

/** Up to 25 bits at bit `position` of `data`, as the top of a 32-bit word shifted down to `count` bits. */
const peekBits = (data: Uint8Array, position: number, count: number): number => {
  const i = position >>> 3
  const word = (data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!
  return (word << (position & 7)) >>> (32 - count)
}

/** The symbol of the Huffman code at bit `position`, and the code's length: (length << 8) | symbol. */
function decodeAt(table: HuffmanTable, data: Uint8Array, position: number): number {
  const entry = table.fast[peekBits(data, position, FAST_BITS)]!
  if (entry) return entry
  for (let length = FAST_BITS + 1; length <= 16; length++) {
    const code = peekBits(data, position, length)
    if (code <= table.maxCode[length]!) return (length << 8) | table.values[code + table.valueOffset[length]!]!
  }
  throw new Damaged()
}

/**
 * Whether a stretch of the scan was read to its end: no bit beyond it was needed (a scan cut short), and what
 * is left unread is no more than the bits an encoder pads with (and what a 32-bit reader would have held).
 */
const readToEnd = (position: number, endBytes: number) => position <= endBytes * 8 && endBytes * 8 - position < 32

const extend = (value: number, size: number) => (value < 1 << (size - 1) ? value - (1 << size) + 1 : value)

/** The DC luma of a baseline JPEG, or null when it is not one this reader is sure of (the caller decodes it whole). */
export function jpegDcLuma(bytes: Uint8Array): DcLuma | null {
  try {
    return readDcLuma(bytes)
  } catch (error) {
    if (error instanceof Damaged || error instanceof RangeError) return null
    throw error
  }
}

function readDcLuma(bytes: Uint8Array): DcLuma | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const quantDc: number[] = []
  const dcTables: HuffmanTable[] = []
  const acTables: HuffmanTable[] = []
  let frame: { width: number; height: number; components: Component[] } | null = null
  let restartInterval = 0
  let adobeTransform = -1
  const walk = walkJpegSegments<DcLuma | null>(bytes, view, (marker, segment, end) => {
    if (marker === 0xdb) {
      for (let p = segment; p < end; ) {
        const precision = bytes[p]! >> 4
        const id = bytes[p]! & 15
        quantDc[id] = precision ? view.getUint16(p + 1) : bytes[p + 1]!
        p += 1 + 64 * (precision ? 2 : 1)
      }
    } else if (marker === 0xc4) {
      for (let p = segment; p < end; ) {
        const tableClass = bytes[p]! >> 4
        const id = bytes[p]! & 15
        const counts = bytes.subarray(p + 1, p + 17)
        const total = counts.reduce((sum, n) => sum + n, 0)
        const table = buildTable(counts, bytes.subarray(p + 17, p + 17 + total))
        if (tableClass === 0) dcTables[id] = table
        else acTables[id] = table
        p += 17 + total
      }
    } else if (marker === 0xee && end - segment >= 12 && String.fromCharCode(...bytes.subarray(segment, segment + 5)) === 'Adobe') {
      adobeTransform = bytes[segment + 11]!
    } else if (marker === 0xdd) {
      restartInterval = view.getUint16(segment)
    } else if (marker === 0xc0 || marker === 0xc1) {
      if (bytes[segment] !== 8) return null
      const count = bytes[segment + 5]!
      const components: Component[] = []
      for (let i = 0; i < count; i++) {
        const p = segment + 6 + 3 * i
        components.push({ id: bytes[p]!, h: bytes[p + 1]! >> 4, v: bytes[p + 1]! & 15, quant: bytes[p + 2]!, dcTable: 0, acTable: 0, previous: 0 })
      }
      frame = { height: view.getUint16(segment + 1), width: view.getUint16(segment + 3), components }
    } else if (isStartOfFrame(marker)) {
      return null // progressive, lossless or arithmetic-coded: decoded whole by the caller
    } else if (marker === 0xda) {
      if (!frame || !isYCbCrOrGray(frame.components, adobeTransform)) return null
      return readScan(bytes, segment, end, frame, quantDc, dcTables, acTables, restartInterval)
    } else if (marker === 0xd9) {
      return null
    }
    return undefined
  })
  return 'found' in walk ? walk.found : null
}

/** The first component is luma only in a gray or a YCbCr picture (not RGB, not CMYK). */
function isYCbCrOrGray(components: readonly Component[], adobeTransform: number): boolean {
  if (components.length === 1) return true
  if (components.length !== 3 || adobeTransform === 0) return false
  return String.fromCharCode(...components.map((c) => c.id)) !== 'RGB'
}

function readScan(
  bytes: Uint8Array,
  segment: number,
  end: number,
  frame: { width: number; height: number; components: Component[] },
  quantDc: number[],
  dcTables: HuffmanTable[],
  acTables: HuffmanTable[],
  restartInterval: number,
): DcLuma | null {
  const { width, height, components } = frame
  if (!width || !height || components.length === 0) return null
  const inScan = bytes[segment]!
  if (inScan !== components.length) return null
  for (let i = 0; i < inScan; i++) {
    const component = components.find((c) => c.id === bytes[segment + 1 + 2 * i])
    if (!component || components[i] !== component) return null
    component.dcTable = bytes[segment + 2 + 2 * i]! >> 4
    component.acTable = bytes[segment + 2 + 2 * i]! & 15
  }
  const luma = components[0]!
  const maxH = Math.max(...components.map((c) => c.h))
  const maxV = Math.max(...components.map((c) => c.v))
  if (components.some((c) => c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4 || !dcTables[c.dcTable] || !acTables[c.acTable] || quantDc[c.quant] === undefined)) {
    return null
  }
  // One component: its blocks in plain order; several: interleaved in MCUs of the largest sampling.
  const single = components.length === 1
  const mcusAcross = single ? Math.ceil(width / 8) : Math.ceil(width / (8 * maxH))
  const mcusDown = single ? Math.ceil(height / 8) : Math.ceil(height / (8 * maxV))
  // Whole blocks only: a block at the right or bottom edge that the picture only partly covers is mostly the
  // encoder's padding, and would count as a whole cell.
  const blocksAcross = Math.floor(Math.ceil((width * luma.h) / maxH) / 8)
  const blocksDown = Math.floor(Math.ceil((height * luma.v) / maxV) / 8)
  if (!blocksAcross || !blocksDown) return null
  const gray = new Uint8Array(blocksAcross * blocksDown)
  const lumaScale = quantDc[luma.quant]! / 8
  const scan = scanBytes(bytes, end, restartInterval > 0)
  const data = scan.data
  let position = 0
  let restartsDone = 0
  const total = mcusAcross * mcusDown
  for (let mcu = 0; mcu < total; mcu++) {
    if (restartInterval && mcu > 0 && mcu % restartInterval === 0) {
      // The stretch before a restart marker ends there; the next starts on the byte after it, predictors at 0.
      const marker = scan.restarts[restartsDone++]
      if (marker === undefined || !readToEnd(position, marker)) throw new Damaged()
      position = marker * 8
      for (const c of components) c.previous = 0
    }
    const mcuX = mcu % mcusAcross
    const mcuY = (mcu - mcuX) / mcusAcross
    for (const c of components) {
      const h = single ? 1 : c.h
      const v = single ? 1 : c.v
      const dc = dcTables[c.dcTable]!
      const ac = acTables[c.acTable]!
      for (let by = 0; by < v; by++) {
        for (let bx = 0; bx < h; bx++) {
          const dcCode = decodeAt(dc, data, position)
          position += dcCode >> 8
          const size = dcCode & 0xff
          if (size > 11) throw new Damaged()
          if (size) {
            c.previous += extend(peekBits(data, position, size), size)
            position += size
          }
          // Each AC coefficient passed over: its code and the bits of its value (only where the next code starts).
          for (let k = 1; k < 64; ) {
            const code = decodeAt(ac, data, position)
            const rs = code & 0xff
            position += (code >> 8) + (rs & 15)
            const run = rs >> 4
            if ((rs & 15) === 0) {
              if (run !== 15) break
              k += 16
              continue
            }
            k += run
            if (k > 63) throw new Damaged()
            k++
          }
          // Bits read past the scan's clean bytes: the scan was cut short (the zeros after them cover one block).
          if (position > scan.length * 8) throw new Damaged()
          if (c !== luma) continue
          const x = mcuX * h + bx
          const y = mcuY * v + by
          if (x < blocksAcross && y < blocksDown) {
            gray[y * blocksAcross + x] = Math.max(0, Math.min(255, Math.round(c.previous * lumaScale + 128)))
          }
        }
      }
    }
  }
  const last = restartsDone < scan.restarts.length ? scan.restarts[restartsDone]! : scan.length
  if (!readToEnd(position, last)) return null
  return { width: blocksAcross, height: blocksDown, gray }
}
