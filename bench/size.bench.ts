/**
 * Mini-program size: the production weapp build's main package and each subpackage, beside a blank Taro React
 * page built with the same config in the same run, and what each dependency costs in each package.
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ChunkStats } from '../config/bench-stats'
import { KB, figures, type Figure, type FigureInput } from './figures'
import { createBlankApp } from './support/blank-app'
import { ROOT, taroBuild } from './support/project'

const MAIN_MAX = 450 * KB
const MAIN_MAX_RATIO = 1.3
const PACKAGE_MAX = 1.2 * 1024 * KB

/** Files WeChat does not count as package code (licence notes, project settings, source maps). */
const counted = (file: string) => !/\.LICENSE\.txt$|\.map$|^project(\.private)?\.config\.json$/.test(file)

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile() && counted(f))
}

interface Build {
  /** Bytes per package: 'main' and each subpackage root. */
  packages: Record<string, number>
  /** Estimated minified bytes per package and dependency. */
  dependencies: Record<string, Record<string, number>>
}

function measureBuild(out: string, statsFile: string): Build {
  const app = JSON.parse(readFileSync(join(out, 'app.json'), 'utf8')) as { subPackages?: { root: string }[] }
  const roots = (app.subPackages ?? []).map((s) => s.root)
  const packageOf = (file: string) => roots.find((r) => file.startsWith(`${r}/`)) ?? 'main'
  const packages: Record<string, number> = { main: 0, ...Object.fromEntries(roots.map((r) => [r, 0])) }
  for (const file of filesUnder(out)) packages[packageOf(file)]! += statSync(join(out, file)).size

  // A file's minified bytes shared among the dependencies by their modules' source bytes (an estimate).
  const dependencies: Record<string, Record<string, number>> = {}
  for (const chunk of JSON.parse(readFileSync(statsFile, 'utf8')) as ChunkStats) {
    const source = Object.values(chunk.modules).reduce((a, b) => a + b, 0)
    // Taro moves a chunk that only subpackages use (`sub-common/…`) into each subpackage that needs it.
    const copies = chunk.files.flatMap((file) => [file, ...roots.map((root) => `${root}/${file}`)])
    for (const file of copies) {
      const bytes = statSync(join(out, file), { throwIfNoEntry: false })?.size
      if (bytes === undefined) continue
      const into = (dependencies[packageOf(file)] ??= {})
      for (const [dep, size] of Object.entries(chunk.modules)) into[dep] = (into[dep] ?? 0) + (source ? (bytes * size) / source : 0)
    }
  }
  return { packages, dependencies }
}

function build(dir: string, label: string): Build {
  const statsFile = join(tmpdir(), `bench-stats-${label}-${process.pid}.json`)
  const started = Date.now()
  const out = taroBuild(dir, 'weapp', { TARO_BENCH_STATS: statsFile })
  console.log(`weapp build of ${label}: ${((Date.now() - started) / 1000).toFixed(0)} s`)
  const measured = measureBuild(out, statsFile)
  rmSync(statsFile, { force: true })
  return measured
}

const topDependencies = (deps: Record<string, number> = {}, n = 8) =>
  Object.entries(deps)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([dep, bytes]) => `${dep} ${(bytes / KB).toFixed(1)} KB`)
    .join(', ')

export default async function run(): Promise<Figure[]> {
  const blankDir = createBlankApp()
  try {
    const blank = build(blankDir, 'blank')
    const app = build(ROOT, 'app')
    const floor = { name: 'blank Taro React page', value: blank.packages.main! }
    for (const [pkg, deps] of Object.entries(app.dependencies)) console.log(`${pkg}: ${topDependencies(deps, 12)}`)
    const rows: FigureInput[] = [
      { name: 'weapp main package', value: app.packages.main!, unit: 'B', floor, budget: { max: MAIN_MAX, text: '≤ 450 KB' }, note: topDependencies(app.dependencies.main) },
      { name: 'weapp main package ÷ blank', value: +(app.packages.main! / floor.value).toFixed(2), unit: '×', budget: { max: MAIN_MAX_RATIO, text: '≤ 1.3×' } },
      ...Object.entries(app.packages)
        .filter(([pkg]) => pkg !== 'main')
        .map(([pkg, bytes]) => ({ name: `weapp subpackage ${pkg}`, value: bytes, unit: 'B', budget: { max: PACKAGE_MAX, text: '≤ 1.2 MB' }, note: topDependencies(app.dependencies[pkg]) })),
      // The budget read strictly: every package together, not only each one.
      { name: 'weapp all packages together', value: Object.values(app.packages).reduce((a, b) => a + b, 0), unit: 'B', budget: { max: PACKAGE_MAX, text: '≤ 1.2 MB' } },
    ]
    return figures('size', rows)
  } finally {
    rmSync(blankDir, { recursive: true, force: true })
  }
}


