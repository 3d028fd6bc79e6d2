import { transformSync } from '@babel/core'
import pureSharedValues from '../../config/babel-pure-shared'

// config/babel-pure-shared.js marks src/shared's module-level calls pure so that bundles drop unused schemas;
// a call that runs later (inside a function) must keep its effects, and other folders are left alone.
const marked = (code: string, filename = '/app/src/shared/example.ts') =>
  transformSync(code, { filename, babelrc: false, configFile: false, plugins: [pureSharedValues] })!.code!

describe('babel-pure-shared', () => {
  it('marks the calls of a module-level initializer, outer and inner', () => {
    const out = marked("export const A = z.string().check(z.minLength(1))\nconst B = { x: make('b') }")
    expect(out.match(/#__PURE__/g)).toHaveLength(4)
  })

  it('leaves the calls inside a function alone: they run when it is called', () => {
    const out = marked('export const f = (list) => { const out = []; list.forEach((x) => out.push(x)); return out }\nconst g = { run() { save(1) } }')
    expect(out).not.toContain('__PURE__')
  })

  it('leaves statements alone (zod is configured by one)', () => {
    expect(marked('config({ jitless: true })')).not.toContain('__PURE__')
  })

  it('touches only src/shared', () => {
    expect(marked('const A = make()', '/app/src/pages/home/index.tsx')).not.toContain('__PURE__')
  })
})
