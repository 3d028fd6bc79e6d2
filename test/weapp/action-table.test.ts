import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { contract } from '../../src/shared'
import { filesIn } from '../security/weapp-build'
import { WEAPP_DIR } from './support/build'

// The phone checks a few forms with the server's own input schemas (src/shared/contract/form-inputs.ts). The
// action table around them (every action's input and output schemas) stays out of the mini-program: its
// module-level calls are marked pure (config/babel-pure-shared.js) and terser's second pass drops what no page
// reads (about 24 KB in each of three subpackages).
const scripts = () => filesIn(WEAPP_DIR).filter((f) => f.endsWith('.js'))

describe('the action table in the mini-program', () => {
  it('no action summary is in any script of dist/weapp', () => {
    // Long enough not to be a page's own words too (撤销审核员 is a summary and a button).
    const summaries = Object.values(contract).map((spec) => spec.summary).filter((summary) => summary.length >= 12)
    expect(summaries.length).toBeGreaterThan(50)
    const found = scripts().flatMap((file) => {
      const code = readFileSync(file, 'utf8')
      return summaries.filter((summary) => code.includes(summary)).map((summary) => `${relative(WEAPP_DIR, file)}: ${summary}`)
    })
    expect(found).toEqual([])
  })

  it("the forms' input schemas are still there, in the subpackages whose pages check them", () => {
    const holding = (text: string) => scripts().filter((f) => readFileSync(f, 'utf8').includes(text)).map((f) => relative(WEAPP_DIR, f).split('/')[0])
    expect(holding('管理员设置码')).toContain('filler')
    expect(holding('学会名称')).toContain('admin')
    expect(holding('被邀请人')).toContain('admin')
  })
})
