/**
 * `npx tsx bench/dhash-threshold.ts [photos]`: measures the duplicate detector's difference hash on generated
 * photos — distances of recompressed, rescaled and slightly cropped copies to their originals, and of every
 * pair of different photos — and the match rates at each threshold around the one in use.
 */
import { DHASH_MATCH_DISTANCE } from '../cloudfunctions/core/evidence/duplicates'
import { measureDhash, ratesAt } from './evidence/dhash-measurement'

const count = Number(process.argv[2] ?? 60)
const started = Date.now()
const m = measureDhash(count)
const summary = (d: number[]) => {
  const s = [...d].sort((a, b) => a - b)
  return `min ${s[0]}, median ${s[s.length >> 1]}, max ${s[s.length - 1]}`
}
console.log(`${count} generated photos, ${m.differentDistances.length} pairs of different photos (${Date.now() - started} ms)`)
console.log('\ncopies (must match):')
for (const [name, d] of Object.entries(m.copyDistances)) console.log(`  ${name.padEnd(40)} ${summary(d)}`)
console.log('heavier crops (reported only):')
for (const [name, d] of Object.entries(m.heavierCropDistances)) console.log(`  ${name.padEnd(40)} ${summary(d)}`)
console.log(`different photos: ${summary(m.differentDistances)}`)
console.log('\nthreshold  copies matched  heavier crops matched  different pairs matched')
for (let t = DHASH_MATCH_DISTANCE - 4; t <= DHASH_MATCH_DISTANCE + 4; t++) {
  const r = ratesAt(m, t)
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7)
  const pairs = `(${m.differentDistances.filter((d) => d <= t).length}/${m.differentDistances.length})`
  console.log(`${String(t).padStart(9)}${t === DHASH_MATCH_DISTANCE ? '*' : ' '} ${pct(r.copiesMatched)}        ${pct(r.heavierCropsMatched)}               ${pct(r.differentPairsMatched)} ${pairs}`)
}
