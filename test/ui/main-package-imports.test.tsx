/**
 * @jest-environment node
 */
import { buildSync } from 'esbuild'
import { join, relative } from 'node:path'

// The weapp main package holds app.ts, home and every module they import (WeChat downloads it before the first
// page paints). Admin, year and report schemas, and zod itself, belong in the subpackages that use them
// (docs/performance.md). This walks the import graph the way a bundler that keeps every imported module would.
const root = join(__dirname, '../..')

interface MainPackageGraph {
  modules: string[]
  /** npm packages left out of the walk (Taro, React, NutUI) that a main-package module imports, with that module. */
  externals: { module: string; imports: string }[]
}

function mainPackageGraph(): MainPackageGraph {
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: ['src/app.ts', 'src/pages/home/index.tsx'],
    bundle: true,
    write: false,
    metafile: true,
    outdir: join(root, 'node_modules/.cache/main-package-imports'),
    format: 'esm',
    platform: 'neutral',
    // Taro resolves `name.weapp.ts` before `name.ts` in the weapp build.
    resolveExtensions: ['.weapp.ts', '.weapp.tsx', '.ts', '.tsx', '.js'],
    external: ['@tarojs/*', 'react', 'react/*', 'react-dom', '@nutui/*'],
    loader: { '.scss': 'empty', '.png': 'empty' },
    logLevel: 'silent',
  })
  const inputs = Object.entries(result.metafile!.inputs).map(([file, input]) => ({ module: relative(root, join(root, file)), input }))
  return {
    modules: inputs.map((i) => i.module),
    externals: inputs.flatMap(({ module, input }) => input.imports.filter((i) => i.external).map((i) => ({ module, imports: i.path }))),
  }
}

const { modules, externals } = mainPackageGraph()

test('the main package does not import zod', () => {
  expect(modules.filter((file) => file.includes('node_modules/zod/'))).toEqual([])
})

test('the main package imports neither the shared barrel nor the action contract', () => {
  const heavy = ['src/shared/index.ts', 'src/shared/contract/index.ts', 'src/shared/contract/actions.ts', 'src/shared/zod.ts']
  expect(modules.filter((file) => heavy.includes(file))).toEqual([])
})

test('the walk sees home and the shared engine it paints with', () => {
  expect(modules).toEqual(expect.arrayContaining(['src/pages/home/index.tsx', 'src/shared/scoring/score-report.ts']))
})

// The conflict prompt asks with WeChat's own modal (Taro.showModal): NutUI's Dialog pulled its Button, Overlay,
// ConfigProvider, the whole icon set and react-transition-group (about 60 KB) and their CSS into the main package.
test('the main package imports nothing of NutUI (its components, icons or styles)', () => {
  expect(externals.filter((e) => e.imports.startsWith('@nutui/'))).toEqual([])
})

test('the walk sees the externals it leaves out (Taro and React)', () => {
  expect(externals.map((e) => e.imports)).toEqual(expect.arrayContaining(['@tarojs/taro', 'react']))
})
