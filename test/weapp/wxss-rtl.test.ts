import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { stripRtl } from '../../config/strip-rtl-css'
import { filesIn } from '../security/weapp-build'
import { WEAPP_DIR } from './support/build'

// The app never sets a right-to-left direction: NutUI's RTL rules leave the WXSS (config/strip-rtl-css.ts).
describe("NutUI's right-to-left rules", () => {
  it('are in no WXSS of dist/weapp', () => {
    const files = filesIn(WEAPP_DIR).filter((f) => f.endsWith('.wxss'))
    expect(files.length).toBeGreaterThan(20)
    expect(files.filter((f) => /\.nut-rtl\b|\[dir=["']?rtl/.test(readFileSync(f, 'utf8'))).map((f) => relative(WEAPP_DIR, f))).toEqual([])
  })

  it('are dropped selector by selector, the rest kept byte for byte', () => {
    const css = '.a{color:red}.nut-rtl .b,[dir=rtl] .b{margin:0}.c,.nut-rtl .c{top:0}@media (x){[dir=rtl] .d{left:0}}'
    expect(stripRtl(css)).toBe('.a{color:red}.c{top:0}')
  })
})
