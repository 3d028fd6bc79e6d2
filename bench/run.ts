/** `npm run bench`: every benchmark in this folder (each exports a default run function), one after another. */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

async function main(): Promise<void> {
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts')).sort()) {
    console.log(`\n# ${file}`)
    const bench = (await import(join(__dirname, file))) as { default: () => unknown }
    await bench.default()
  }
}

void main()
