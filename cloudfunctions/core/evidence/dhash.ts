import * as jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { MAX_HASHED_PIXELS } from '../files/limits'
import { sniffImageType } from './image-type'

/**
 * The 64-bit difference hash of a photo: its decoded pixels shrunk to a 9×8 grayscale grid, one bit per pair
 * of horizontal neighbours (left brighter than right). Each grid cell is a tent-weighted average reaching
 * one cell beyond its own, not a hard-edged box: a slight crop then moves every cell's value a little instead
 * of flipping bits where a box edge jumps over a feature (measured: bench/evidence/dhash-threshold.ts).
 * Recompressing, rescaling and light cropping change few bits; different scenes differ in many.
 */
const COLUMNS = 9
const ROWS = 8
/** The pixels are first area-averaged to this many fine cells per grid cell, along each side. */
const FINE = 4

/** Beyond these a photo is not decoded (the client sends about 1600 px on the long edge). */
const MAX_MEGAPIXELS = MAX_HASHED_PIXELS / 1_000_000
const MAX_DECODE_MB = 256

/**
 * A grid whose cells hardly differ (a blank page, a flat wall) gives bits of noise: two such photos would match
 * by chance. Below this spread in gray levels the perceptual hash is not trusted (the exact hash still is).
 */
const MIN_SPREAD = 4

export interface Pixels {
  width: number
  height: number
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array
}

/** The RGBA pixels of a JPEG or PNG; null for another type (WebP) or a file that does not decode. */
export function decodePixels(bytes: Uint8Array): Pixels | null {
  try {
    const type = sniffImageType(bytes)
    if (type === 'image/jpeg') {
      const image = jpeg.decode(bytes, { useTArray: true, maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: MAX_DECODE_MB })
      return { width: image.width, height: image.height, data: image.data }
    }
    if (type === 'image/png') {
      const image = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      return { width: image.width, height: image.height, data: image.data }
    }
  } catch {
    return null
  }
  return null
}

/** Area-averaged grayscale (BT.601 luma) grid of `columns × rows`. */
export function grayGrid({ width, height, data }: Pixels, columns: number, rows: number): Float64Array {
  const sums = new Float64Array(columns * rows)
  const counts = new Float64Array(columns * rows)
  for (let y = 0; y < height; y++) {
    const row = Math.min(rows - 1, Math.floor((y * rows) / height))
    for (let x = 0; x < width; x++) {
      const cell = row * columns + Math.min(columns - 1, Math.floor((x * columns) / width))
      const i = (y * width + x) * 4
      sums[cell]! += 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!
      counts[cell]! += 1
    }
  }
  return sums.map((sum, i) => (counts[i] ? sum / counts[i]! : 0))
}

/** Weighted average of fine cells for each of `cells` coarse cells along one side: a tent of one cell's reach. */
function tentWeights(cells: number): Float64Array[] {
  const fine = cells * FINE
  return Array.from({ length: cells }, (_, cell) =>
    Float64Array.from({ length: fine }, (_, f) => Math.max(0, 1 - Math.abs((f + 0.5) / FINE - (cell + 0.5)))),
  )
}
const COLUMN_WEIGHTS = tentWeights(COLUMNS)
const ROW_WEIGHTS = tentWeights(ROWS)

function smoothGrid(pixels: Pixels): Float64Array {
  const fineColumns = COLUMNS * FINE
  const fine = grayGrid(pixels, fineColumns, ROWS * FINE)
  const grid = new Float64Array(COLUMNS * ROWS)
  for (let row = 0; row < ROWS; row++) {
    for (let column = 0; column < COLUMNS; column++) {
      const [wy, wx] = [ROW_WEIGHTS[row]!, COLUMN_WEIGHTS[column]!]
      let sum = 0
      let weight = 0
      for (let y = 0; y < wy.length; y++) {
        if (!wy[y]) continue
        for (let x = 0; x < wx.length; x++) {
          const w = wy[y]! * wx[x]!
          sum += w * fine[y * fineColumns + x]!
          weight += w
        }
      }
      grid[row * COLUMNS + column] = sum / weight
    }
  }
  return grid
}

/** The smallest picture the hash's fine grid can be averaged from. */
export const DHASH_MIN_WIDTH = COLUMNS * FINE
export const DHASH_MIN_HEIGHT = ROWS * FINE

/** The difference hash of decoded pixels as 16 hex digits, or null when the picture is too flat to tell. */
export function dhashOfPixels(pixels: Pixels): string | null {
  if (pixels.width < DHASH_MIN_WIDTH || pixels.height < DHASH_MIN_HEIGHT) return null
  const grid = smoothGrid(pixels)
  if (Math.max(...grid) - Math.min(...grid) < MIN_SPREAD) return null
  let hex = ''
  for (let row = 0; row < ROWS; row++) {
    let byte = 0
    for (let column = 0; column < COLUMNS - 1; column++) {
      byte = (byte << 1) | (grid[row * COLUMNS + column]! > grid[row * COLUMNS + column + 1]! ? 1 : 0)
    }
    hex += byte.toString(16).padStart(2, '0')
  }
  return hex
}

export function dhash(bytes: Uint8Array): string | null {
  const pixels = decodePixels(bytes)
  return pixels ? dhashOfPixels(pixels) : null
}

/** How many of the 64 bits two hashes differ in. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0
  for (let i = 0; i < a.length; i += 2) {
    let diff = parseInt(a.slice(i, i + 2), 16) ^ parseInt(b.slice(i, i + 2), 16)
    while (diff) {
      distance += diff & 1
      diff >>= 1
    }
  }
  return distance
}
