import { writeFileSync } from 'node:fs'
import type { Compiler } from 'webpack'

/** Per emitted JS file, the source bytes of the modules in its chunk, by npm package ('app' for our own code). */
export type ChunkStats = Array<{ files: string[]; modules: Record<string, number> }>

const packageOf = (resource: string): string => {
  const at = resource.lastIndexOf('node_modules/')
  if (at < 0) return 'app'
  const rest = resource.slice(at + 'node_modules/'.length).split('/')
  return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!
}

/** Writes ChunkStats to `file` after the build (used only by `npm run bench`, through TARO_BENCH_STATS). */
export class BenchStatsPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tap('BenchStatsPlugin', (compilation) => {
      const stats: ChunkStats = []
      for (const chunk of compilation.chunks) {
        const modules: Record<string, number> = {}
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          const resource = module.nameForCondition() ?? ''
          if (!resource) continue
          const key = packageOf(resource)
          modules[key] = (modules[key] ?? 0) + module.size()
        }
        stats.push({ files: [...chunk.files].filter((f) => f.endsWith('.js')), modules })
      }
      writeFileSync(this.file, JSON.stringify(stats))
    })
  }
}
