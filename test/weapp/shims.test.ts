import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { relative } from 'node:path'
import { filesIn } from '../security/weapp-build'
import { WEAPP_DIR } from './support/build'

// lodash.kebabcase's Unicode word tables (its astral range, as the minified source spells it): the build takes
// src/shims/lodash-kebabcase.ts in its place (config/index.ts), about 3 KB less in each subpackage using NutUI.
const LODASH_TABLES = String.raw`\\ud800-\\udfff`

describe('the stand-ins for dependencies of dependencies', () => {
  it('leave lodash.kebabcase out of every file of dist/weapp', () => {
    const lodash = createRequire(require.resolve('@nutui/nutui-react-taro/package.json')).resolve('lodash.kebabcase')
    expect(readFileSync(lodash, 'utf8')).toContain(LODASH_TABLES)
    const files = filesIn(WEAPP_DIR).filter((f) => f.endsWith('.js'))
    expect(files.length).toBeGreaterThan(20)
    expect(files.filter((f) => readFileSync(f, 'utf8').includes(LODASH_TABLES)).map((f) => relative(WEAPP_DIR, f))).toEqual([])
  })
})
