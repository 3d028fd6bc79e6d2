import MiniSplitChunksPlugin, { type SubCommonCacheGroup, type SubCommonDep } from '@tarojs/webpack5-runner/dist/plugins/MiniSplitChunksPlugin'
import { subCommonGroupName } from './sub-common-name'

interface Group {
  chunks: Set<string>
  resources: Set<string>
  identifiers: Set<string>
}

/**
 * Taro's `optimizeMainPackage` puts every module that several subpackages share (and the main package does not)
 * into a chunk of its own, copied into each of those subpackages, and every page requires each such file by
 * name: with about 200 shared modules that was 190 KB of `require(...)`/`@import` lines and chunk wrappers.
 * This groups them by the set of subpackages that share them, one chunk per set: every subpackage still holds
 * the same modules (a subpackage cannot load another's code), each page requires a handful of files.
 */
export class SubCommonByPackagesPlugin extends MiniSplitChunksPlugin {
  override getSubCommonCacheGroup(): Record<string, SubCommonCacheGroup> {
    const groups = new Map<string, Group>()
    for (const dep of this.subCommonDeps.values()) {
      const roots = this.subRoots.filter((root) => [...dep.chunks].some((chunk) => chunk.startsWith(`${root}/`)))
      const name = subCommonGroupName(roots)
      const group = groups.get(name) ?? { chunks: new Set<string>(), resources: new Set<string>(), identifiers: new Set<string>() }
      for (const chunk of dep.chunks) group.chunks.add(chunk)
      if (dep.resource) group.resources.add(dep.resource)
      else group.identifiers.add(dep.identifier)
      groups.set(name, group)
    }
    // Taro reads these back after the split: which pages require which `sub-common/<name>` files.
    this.subCommonDeps = new Map<string, SubCommonDep>(
      [...groups].map(([name, group]) => [name, { identifier: name, rawIdentifier: name, chunks: group.chunks }]),
    )
    return Object.fromEntries(
      [...groups].map(([name, group]) => [
        `sub-common/${name}`,
        {
          name: `sub-common/${name}`,
          test: (module) => (module.resource ? group.resources.has(module.resource) : !!module._identifier && group.identifiers.has(module._identifier)),
          priority: 1000,
        },
      ]),
    )
  }
}
