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

/** Reads the entropy-coded bits of a scan, unstuffing FF 00; stops at a marker. */
class BitReader {
  private buffer = 0
  private bits = 0
  /** How many of the buffer's last bits are zeros put after a marker (or the end): no data may come from them. */
  private padding = 0
  /** Set once a marker (or the end) was met. */
  marker = -1

  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
  ) {}

  private fill(): void {
    while (this.bits <= 24) {
      let byte = 0
      if (this.marker < 0 && this.at >= this.bytes.length) this.marker = 0
      if (this.marker < 0) {
        byte = this.bytes[this.at]!
        if (byte !== 0xff) {
          this.at++
        } else if (this.bytes[this.at + 1] === 0x00) {
          this.at += 2
        } else {
          this.marker = this.bytes[this.at + 1] ?? 0
          byte = 0
        }
      }
      if (this.marker >= 0) this.padding += 8
      this.buffer = ((this.buffer << 8) | byte) >>> 0
      this.bits += 8
    }
  }

  peek(count: number): number {
    if (this.bits < count) this.fill()
    return (this.buffer >>> (this.bits - count)) & ((1 << count) - 1)
  }

  skip(count: number): void {
    if (this.bits < count) this.fill()
    this.bits -= count
    // Past a marker only padding is left: a scan that needs it was cut short.
    if (this.bits < this.padding) throw new Damaged()
  }

  read(count: number): number {
    if (count === 0) return 0
    const value = this.peek(count)
    this.skip(count)
    return value
  }

  decode(table: HuffmanTable): number {
    const entry = table.fast[this.peek(FAST_BITS)]!
    if (entry) {
      this.skip(entry >> 8)
      return entry & 0xff
    }
    for (let length = FAST_BITS + 1; length <= 16; length++) {
      const code = this.peek(length)
      if (code <= table.maxCode[length]!) {
        this.skip(length)
        return table.values[code + table.valueOffset[length]!]!
      }
    }
    throw new Damaged()
  }

  /**
   * Passes over one AC coefficient: its code and the bits of its value, read together in one step when the code
   * is in the 9-bit lookup (the value itself is not needed, only where the next code starts). Answers the code's
   * symbol (run of zeros and size).
   */
  passCoefficient(table: HuffmanTable): number {
    const entry = table.fast[this.peek(FAST_BITS)]!
    if (!entry) {
      const symbol = this.decode(table)
      this.skip(symbol & 15)
      return symbol
    }
    const symbol = entry & 0xff
    this.skip((entry >> 8) + (symbol & 15))
    return symbol
  }

  /** The bits padding the scan to the next byte dropped, then the restart marker that must follow. */
  restart(): void {
    this.bits = 0
    this.buffer = 0
    this.padding = 0
    if (this.marker < 0) {
      // The marker was not reached by the bit buffer yet: it must be next in the bytes.
      if (this.bytes[this.at] !== 0xff) throw new Damaged()
      this.marker = this.bytes[this.at + 1] ?? 0
    }
    if (this.marker < 0xd0 || this.marker > 0xd7) throw new Damaged()
    this.at += 2
    this.marker = -1
  }

  /** Whether the scan ended at a marker (not in the middle of the bytes with data left unread). */
  endedAtMarker(): boolean {
    if (this.marker >= 0) return true
    return this.bytes[this.at] === 0xff && this.bytes[this.at + 1] !== 0x00
  }
}

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
  const reader = new BitReader(bytes, end)
  const total = mcusAcross * mcusDown
  for (let mcu = 0; mcu < total; mcu++) {
    if (restartInterval && mcu > 0 && mcu % restartInterval === 0) {
      reader.restart()
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
          const size = reader.decode(dc)
          if (size > 11) throw new Damaged()
          c.previous += size ? extend(reader.read(size), size) : 0
          for (let k = 1; k < 64; ) {
            const rs = reader.passCoefficient(ac)
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
  if (!reader.endedAtMarker()) return null
  return { width: blocksAcross, height: blocksDown, gray }
}
