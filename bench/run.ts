/**
 * `npm run bench [-- name …]`: every benchmark in this folder (each `<name>.bench.ts` exports a default
 * async function returning its figures), or only the named ones (e.g. `npm run bench -- db load`). Prints each
 * figure beside its floor from the same run and its budget, and writes bench/results.json. The exit code is 1
 * when a figure is over budget.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { table, type Figure } from './figures'

async function main(): Promise<void> {
  const wanted = process.argv.slice(2)
  const all = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.replace(/\.bench\.ts$/, ''))
    .sort()
  const unknown = wanted.filter((w) => !all.includes(w))
  if (unknown.length) throw new Error(`unknown bench ${unknown.join(', ')}; known: ${all.join(', ')}`)
  const results: Figure[] = []
  for (const name of wanted.length ? wanted : all) {
    console.log(`\n# ${name}`)
    const started = Date.now()
    const bench = (await import(join(__dirname, `${name}.bench.ts`))) as { default: () => Promise<Figure[]> }
    results.push(...(await bench.default()))
    console.log(`# ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`)
  }
  console.log(`\n${table(results)}`)
  const machine = { nproc: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version }
  // A subset run replaces its benches' figures and keeps the others' from earlier runs (each dated).
  const file = join(__dirname, 'results.json')
  const at = new Date().toISOString()
  const ran = new Set(results.map((f) => f.bench))
  const earlier = existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { figures?: (Figure & { at?: string })[] }).figures ?? []) : []
  const kept = earlier.filter((f) => !ran.has(f.bench))
  writeFileSync(file, `${JSON.stringify({ at, machine, figures: [...kept, ...results.map((f) => ({ ...f, at }))] }, null, 2)}\n`)
  console.log(`\nwrote ${file}`)
  if (results.some((f) => f.ok === false)) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(2)
})
