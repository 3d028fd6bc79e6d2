/**
 * @jest-environment node
 */
import { buildSync } from 'esbuild'
import { join, relative } from 'node:path'

// The weapp main package holds app.ts, home and every module they import (WeChat downloads it before the first
// page paints). Admin, year and report schemas, and zod itself, belong in the subpackages that use them
// (docs/performance.md). This walks the import graph the way a bundler that keeps every imported module would.
const root = join(__dirname, '../..')

function mainPackageModules(): string[] {
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
  return Object.keys(result.metafile!.inputs).map((file) => relative(root, join(root, file)))
}

const modules = mainPackageModules()

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
