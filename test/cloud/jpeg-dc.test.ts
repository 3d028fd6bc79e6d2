import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodePixels, dhashOfPixels, hammingDistance, type Pixels } from '../../cloudfunctions/core/evidence/dhash'
import { jpegDcLuma } from '../../cloudfunctions/core/evidence/jpeg-dc'
import { photoHash } from '../../cloudfunctions/core/evidence/photo-hash'
import { encodeJpeg, syntheticScene } from '../../bench/evidence/synthetic-photos'
import { jpegWithNoiseScan } from '../fixtures/hostile-files'

/**
 * Fixtures made by libjpeg-turbo's cjpeg (2.1.5) from bench/evidence/synthetic-photos scenes, as phone cameras
 * and browsers write JPEGs (jpeg-js, which the other tests encode with, never subsamples chroma):
 *   ycbcr420-restarts.jpg  seed 11, 590×521, -quality 50 -sample 2x2 -restart 5B
 *   ycbcr422-optimized.jpg seed 12, 580×700, -quality 45 -sample 2x1 -optimize
 *   gray.jpg               seed 11, 590×521, -quality 50 -grayscale
 *   progressive.jpg        seed 12, 580×700, -quality 40 -progressive
 */
const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/jpeg', name))

/** Each whole 8×8 block's average BT.601 luma, from every decoded pixel. */
function blockAverages({ width, height, data }: Pixels) {
  const across = Math.floor(width / 8)
  const down = Math.floor(height / 8)
  const averages = new Float64Array(across * down)
  for (let by = 0; by < down; by++) {
    for (let bx = 0; bx < across; bx++) {
      let sum = 0
      for (let y = 0; y < 8; y++) {
        for (let x = 0; x < 8; x++) {
          const i = ((by * 8 + y) * width + bx * 8 + x) * 4
          sum += 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!
        }
      }
      averages[by * across + bx] = sum / 64
    }
  }
  return { across, down, averages }
}

describe('reading a JPEG at an eighth of its size (the DC of each block)', () => {
  it.each(['ycbcr420-restarts.jpg', 'ycbcr422-optimized.jpg', 'gray.jpg'])('%s: every block’s gray level is the average a full decode gives', (name) => {
    const bytes = fixture(name)
    const luma = jpegDcLuma(bytes)!
    const full = blockAverages(decodePixels(bytes)!)
    expect({ width: luma.width, height: luma.height }).toEqual({ width: full.across, height: full.down })
    let worst = 0
    let total = 0
    luma.gray.forEach((gray, i) => {
      const difference = Math.abs(gray - full.averages[i]!)
      worst = Math.max(worst, difference)
      total += difference
    })
    expect(total / luma.gray.length).toBeLessThan(1)
    expect(worst).toBeLessThan(4)
  })

  it('gives the difference hash of a phone-sized photo within 2 bits of a full decode, far inside the match distance', () => {
    for (const [width, height, seed] of [[1200, 900, 1], [905, 1203, 3]] as const) {
      const bytes = encodeJpeg(syntheticScene(seed, width, height), 80)
      expect(jpegDcLuma(bytes)).not.toBeNull()
      const whole = dhashOfPixels(decodePixels(bytes)!)!
      expect(hammingDistance(photoHash(bytes).dhash!, whole)).toBeLessThanOrEqual(2)
    }
  })

  it('leaves what it is not sure of to the full decode: progressive, cut short, noise, not a JPEG', () => {
    const progressive = fixture('progressive.jpg')
    expect(jpegDcLuma(progressive)).toBeNull()
    expect(photoHash(progressive)).toEqual({ undecodable: false, dhash: dhashOfPixels(decodePixels(progressive)!) })

    const whole = fixture('ycbcr420-restarts.jpg')
    const cut = Buffer.concat([whole.subarray(0, Math.floor(whole.length / 2)), Buffer.from([0xff, 0xd9])])
    expect(jpegDcLuma(cut)).toBeNull()
    const cutNearEnd = Buffer.concat([whole.subarray(0, whole.length - 40), Buffer.from([0xff, 0xd9])])
    expect(jpegDcLuma(cutNearEnd)).toBeNull()

    expect(jpegDcLuma(jpegWithNoiseScan())).toBeNull()
    expect(photoHash(jpegWithNoiseScan())).toEqual({ undecodable: true, dhash: null })
    expect(jpegDcLuma(new TextEncoder().encode('not a jpeg at all'))).toBeNull()
    expect(jpegDcLuma(Uint8Array.of(0xff, 0xd8, 0xff))).toBeNull()
  })

  it('a scan whose restart markers were taken out is not read; one without the closing FF D9 is read the same', () => {
    const whole = fixture('ycbcr420-restarts.jpg')
    const read = jpegDcLuma(whole)!
    expect(read).not.toBeNull()
    // Restart markers stand only in the entropy-coded bytes (FF D0..D7; stuffed FF is always FF 00).
    const scanStart = whole.lastIndexOf(Buffer.from([0xff, 0xda]))
    const stripped: number[] = []
    for (let i = 0; i < whole.length; i++) {
      if (i > scanStart && whole[i] === 0xff && whole[i + 1]! >= 0xd0 && whole[i + 1]! <= 0xd7) {
        i++
        continue
      }
      stripped.push(whole[i]!)
    }
    expect(stripped.length).toBeLessThan(whole.length)
    expect(jpegDcLuma(Uint8Array.from(stripped))).toBeNull()

    const unclosed = whole.subarray(0, whole.length - 2)
    expect(Array.from(whole.subarray(whole.length - 2))).toEqual([0xff, 0xd9])
    expect(jpegDcLuma(unclosed)).toEqual(read)
  })

  it('a small photo is decoded whole: at an eighth of its size its blocks would be too coarse for the hash', () => {
    const small = encodeJpeg(syntheticScene(4, 320, 240), 85)
    expect(jpegDcLuma(small)).not.toBeNull()
    expect(photoHash(small).dhash).toBe(dhashOfPixels(decodePixels(small)!))
  })
})
