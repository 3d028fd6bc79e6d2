import { createInflateRaw } from 'node:zlib'
import { formatLimit, type ZipLimits } from './limits'

/** Why a zip package was refused; `entry` names the part when one part is at fault. */
export type ZipProblem =
  | { kind: 'entries'; limit: number }
  | { kind: 'entry-size'; entry: string; limit: number }
  | { kind: 'total-size'; limit: number }
  | { kind: 'ratio'; entry: string; limit: number }
  | { kind: 'damaged'; detail: string }

export type ZipInspection = { ok: true; names: ReadonlySet<string> } | { ok: false; problem: ZipProblem }

/** Sees an entry's inflated bytes chunk by chunk as they pass the counter (a stored entry in one chunk). */
export type EntryReader = (chunk: Buffer) => void

/** What a problem means to the person who sent `fileName`; `outcome` ends it (未保存, 未导入). */
export function zipProblemText(fileName: string, problem: ZipProblem, outcome: string): string {
  const bomb = `可能是压缩炸弹，${outcome}`
  switch (problem.kind) {
    case 'entries':
      return `“${fileName}”包含超过 ${problem.limit} 个压缩条目，${bomb}`
    case 'entry-size':
      return `“${fileName}”中的“${problem.entry}”解压后超过 ${formatLimit(problem.limit)}，${bomb}`
    case 'total-size':
      return `“${fileName}”解压后超过 ${formatLimit(problem.limit)}，${bomb}`
    case 'ratio':
      return `“${fileName}”中的“${problem.entry}”压缩比超过 ${problem.limit} 倍，${bomb}`
    case 'damaged':
      return `无法读取“${fileName}”：文件已损坏（${problem.detail}），${outcome}`
  }
}

interface Entry {
  name: string
  flags: number
  method: number
  compressedSize: number
  declaredSize: number
  localOffset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const STORED = 0
const DEFLATED = 8

class Refused extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind)
  }
}
const damaged = (detail: string) => new Refused({ kind: 'damaged', detail })

function endOfCentralDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let at = view.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === EOCD) return at
  }
  throw damaged('找不到压缩包目录')
}

/** The central directory: the entries as the package lists them (what exceljs and JSZip read). */
function centralDirectory(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = endOfCentralDirectory(view)
  const count = view.getUint16(end + 10, true)
  const offset = view.getUint32(end + 16, true)
  if (count === 0xffff || offset === 0xffffffff) throw damaged('不支持 ZIP64 格式')
  if (count > limits.maxEntries) throw new Refused({ kind: 'entries', limit: limits.maxEntries })
  const decoder = new TextDecoder('utf-8')
  const entries: Entry[] = []
  let at = offset
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) throw damaged('压缩包目录不完整')
    const nameLength = view.getUint16(at + 28, true)
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    if (at + 46 + skip > end) throw damaged('压缩包目录不完整')
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    })
    at += 46 + skip
  }
  return entries
}

function compressedData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged(`“${entry.name}”的位置不正确`)
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  if (start + entry.compressedSize > bytes.length) throw damaged(`“${entry.name}”不完整`)
  return bytes.subarray(start, start + entry.compressedSize)
}

/**
 * Inflates `data` as a stream, counting what comes out, and destroys the stream the moment the count passes
 * `cap` (answers cap + 1 then): nothing larger than one zlib chunk is ever held unless `read` keeps it.
 */
function countInflated(data: Uint8Array, cap: number, read: EntryReader | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw()
    let count = 0
    inflate.on('data', (chunk: Buffer) => {
      count += chunk.length
      if (count > cap) {
        inflate.destroy()
        resolve(cap + 1)
      } else read?.(chunk)
    })
    inflate.on('end', () => resolve(count))
    inflate.on('error', () => reject(damaged('压缩数据无法解开')))
    inflate.end(data)
  })
}

/**
 * Reads every entry of a zip package within `limits` without ever holding an inflated entry whole: the entry
 * count first, then each entry's declared size, then its real inflated size, stopped at its cap. The entries
 * `readerOf` answers a reader for are shown to it as they inflate. Answers the names of the entries.
 */
export async function inspectZip(
  bytes: Uint8Array,
  limits: ZipLimits,
  readerOf: (name: string) => EntryReader | undefined = () => undefined,
): Promise<ZipInspection> {
  try {
    const entries = centralDirectory(bytes, limits)
    let total = 0
    for (const entry of entries) {
      if (entry.flags & 1) throw damaged(`“${entry.name}”已加密`)
      if (entry.method !== STORED && entry.method !== DEFLATED) throw damaged(`“${entry.name}”的压缩方式不受支持`)
      if (entry.declaredSize > limits.maxEntryBytes) throw new Refused({ kind: 'entry-size', entry: entry.name, limit: limits.maxEntryBytes })
      const data = compressedData(bytes, entry)
      const cap = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total, ratioCap(limits, data.length))
      const read = readerOf(entry.name)
      const size = entry.method === STORED ? data.length : await countInflated(data, cap, read)
      if (size > cap) throw new Refused(overCap(limits, entry.name, size, total, data.length))
      if (size !== entry.declaredSize) throw damaged(`“${entry.name}”的实际大小与目录不符`)
      if (entry.method === STORED) read?.(Buffer.from(data))
      total += size
    }
    return { ok: true, names: new Set(entries.map((e) => e.name)) }
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem }
    // An offset pointing outside the file, met while reading a field.
    if (error instanceof RangeError) return { ok: false, problem: { kind: 'damaged', detail: '压缩包目录不正确' } }
    throw error
  }
}

/** The most an entry of `compressed` bytes may inflate to under the ratio limit (never below its threshold). */
const ratioCap = (limits: ZipLimits, compressed: number) => Math.max(limits.ratioFromBytes, compressed * limits.maxRatio)

function overCap(limits: ZipLimits, entry: string, size: number, before: number, compressed: number): ZipProblem {
  if (size > limits.maxEntryBytes) return { kind: 'entry-size', entry, limit: limits.maxEntryBytes }
  if (before + size > limits.maxTotalBytes) return { kind: 'total-size', limit: limits.maxTotalBytes }
  if (size > ratioCap(limits, compressed)) return { kind: 'ratio', entry, limit: limits.maxRatio }
  return { kind: 'total-size', limit: limits.maxTotalBytes }
}
