// What config/sub-common-groups.ts uses of Taro 4.2.1's MiniSplitChunksPlugin (the runner ships no typings).
declare module '@tarojs/webpack5-runner/dist/plugins/MiniSplitChunksPlugin' {
  import type { Compiler } from 'webpack'

  /** A module that several subpackages use and the main package does not, with the page chunks using it. */
  export interface SubCommonDep {
    identifier: string
    resource?: string
    rawIdentifier: string
    chunks: Set<string>
  }

  export interface SubCommonModule {
    resource?: string
    _identifier?: string
  }

  export interface SubCommonCacheGroup {
    name: string
    test: (module: SubCommonModule) => boolean
    priority: number
  }

  export default class MiniSplitChunksPlugin {
    constructor(options: unknown)
    /** Filled per module before the split; each entry becomes a `sub-common/<key>` chunk. */
    subCommonDeps: Map<string, SubCommonDep>
    subRoots: string[]
    getSubCommonCacheGroup(): Record<string, SubCommonCacheGroup>
    apply(compiler: Compiler): void
  }
}
