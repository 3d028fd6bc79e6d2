import { dhash, hammingDistance } from '../../cloudfunctions/core/evidence/dhash'
import { DHASH_MATCH_DISTANCE } from '../../cloudfunctions/core/evidence/duplicates'
import { measureDhash, ratesAt } from '../../bench/evidence/dhash-measurement'
import { encodeJpeg, syntheticScene } from '../../bench/evidence/synthetic-photos'

// Generating, encoding and decoding a few hundred JPEGs in plain JavaScript takes a while on a busy machine.
jest.setTimeout(600_000)

describe('the duplicate photo detector (difference hash)', () => {
  // 50 different generated scenes; the copies of the first 10 of them.
  const measurement = measureDhash(50, 10)

  it('matches every recompressed, rescaled and slightly cropped copy of a photo', () => {
    for (const [transformation, distances] of Object.entries(measurement.copyDistances)) {
      expect({ transformation, over: distances.filter((d) => d > DHASH_MATCH_DISTANCE) }).toEqual({ transformation, over: [] })
    }
    expect(ratesAt(measurement, DHASH_MATCH_DISTANCE).copiesMatched).toBe(1)
  })

  it('matches no two of 50 different photos', () => {
    expect(measurement.differentDistances).toHaveLength((50 * 49) / 2)
    expect(Math.min(...measurement.differentDistances)).toBeGreaterThan(DHASH_MATCH_DISTANCE)
    expect(ratesAt(measurement, DHASH_MATCH_DISTANCE).differentPairsMatched).toBe(0)
  })

  it('gives the same hash for the same pixels, and none for a flat picture or a file that is not an image', () => {
    const scene = syntheticScene(7)
    expect(dhash(encodeJpeg(scene, 90))).toMatch(/^[0-9a-f]{16}$/)
    expect(hammingDistance(dhash(encodeJpeg(scene, 90))!, dhash(encodeJpeg(scene, 90))!)).toBe(0)
    const flat = { width: 200, height: 100, data: new Uint8Array(200 * 100 * 4).fill(200) }
    expect(dhash(encodeJpeg(flat, 90))).toBeNull()
    expect(dhash(new TextEncoder().encode('%PDF-1.7 not an image'))).toBeNull()
  })
})
