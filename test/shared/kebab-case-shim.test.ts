import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import kebabCase from '../../src/shims/lodash-kebabcase'

// lodash's own, as NutUI finds it.
const nutui = dirname(require.resolve('@nutui/nutui-react-taro/package.json'))
const lodashKebabCase = createRequire(join(nutui, 'package.json'))('lodash.kebabcase') as (value?: unknown) => string
const NUTUI_TYPES = join(nutui, 'dist/es/packages/configprovider/types.d.ts')

// The builds put src/shims/lodash-kebabcase.ts in the place of lodash.kebabcase (config/index.ts): NutUI's
// ConfigProvider turns its theme variables' names into CSS variable names with it.
describe('the lodash.kebabcase stand-in', () => {
  it('names every NutUI theme variable as lodash does', () => {
    const names = [...new Set(readFileSync(NUTUI_TYPES, 'utf8').match(/\bnutui[A-Z][A-Za-z0-9]*/g))]
    expect(names.length).toBeGreaterThan(500)
    expect(names.filter((name) => kebabCase(name) !== lodashKebabCase(name))).toEqual([])
  })

  it('splits ASCII names as lodash does: acronyms, digits, separators, nothing', () => {
    const names = ['fooBar', 'FooBar', 'XMLHttpRequest', 'ABc', 'zIndex', 'version2Beta', 'iOS', 'X', 'fontSize2', 'h5Page', 'color-primary', '__foo_bar__', 'ABC', 'a1b2', '', 'already-kebab']
    expect(names.map(kebabCase)).toEqual(names.map((name) => lodashKebabCase(name)))
    expect(kebabCase(undefined)).toBe(lodashKebabCase(undefined))
    expect(kebabCase(null)).toBe(lodashKebabCase(null))
  })
})
