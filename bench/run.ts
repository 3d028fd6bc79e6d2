/**
 * `npm run bench [-- name …]`: every benchmark in this folder (each `<name>.bench.ts` exports a default
 * async function returning its figures), or only the named ones (e.g. `npm run bench -- db load`). Prints each
 * figure beside its floor from the same run and its budget, and writes bench/results.json. The exit code is 1
 * when a figure is over budget.
 */
import { readdirSync, writeFileSync } from 'node:fs'
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
  const file = join(__dirname, 'results.json')
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), machine, figures: results }, null, 2)}\n`)
  console.log(`\nwrote ${file}`)
  if (results.some((f) => f.ok === false)) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(2)
})
