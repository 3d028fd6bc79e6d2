import { dhash, hammingDistance } from '../../cloudfunctions/core/evidence/dhash'
import { heavierCrops, syntheticPhotoSet, transformedCopies } from './synthetic-photos'

/** Distances of the duplicate detector on a generated set: copies of each photo, and pairs of different photos. */
export interface DhashMeasurement {
  photos: number
  /** Distance of every transformed copy to its original, by transformation. */
  copyDistances: Record<string, number[]>
  /** The same for crops beyond "slightly" (reported, not required). */
  heavierCropDistances: Record<string, number[]>
  /** Distance of every pair of different photos. */
  differentDistances: number[]
}

/** Hashes `count` generated photos; the copies are made of the first `copied` of them (all by default). */
export function measureDhash(count: number, copied = count): DhashMeasurement {
  const photos = syntheticPhotoSet(count)
  const hashes = photos.map((p) => dhash(p)!)
  const distancesTo = (make: (photo: Uint8Array) => Record<string, Uint8Array>) => {
    const distances: Record<string, number[]> = {}
    photos.slice(0, copied).forEach((photo, i) => {
      for (const [name, copy] of Object.entries(make(photo))) {
        ;(distances[name] ??= []).push(hammingDistance(hashes[i]!, dhash(copy)!))
      }
    })
    return distances
  }
  const copyDistances = distancesTo(transformedCopies)
  const heavierCropDistances = distancesTo(heavierCrops)
  const differentDistances: number[] = []
  for (let i = 0; i < hashes.length; i++) {
    for (let j = i + 1; j < hashes.length; j++) differentDistances.push(hammingDistance(hashes[i]!, hashes[j]!))
  }
  return { photos: count, copyDistances, heavierCropDistances, differentDistances }
}

/** Share of copies matched and of different pairs matched at a threshold (distance ≤ threshold matches). */
export function ratesAt(m: DhashMeasurement, threshold: number) {
  const share = (distances: number[]) => distances.filter((d) => d <= threshold).length / distances.length
  return {
    copiesMatched: share(Object.values(m.copyDistances).flat()),
    heavierCropsMatched: share(Object.values(m.heavierCropDistances).flat()),
    differentPairsMatched: share(m.differentDistances),
  }
}
