import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { filesIn } from '../security/weapp-build'
import { readAppJson, WEAPP_DIR } from './support/build'
import { ES_LEVEL, newerSyntax } from './support/es-level'
import { countOf, wxmlError, wxssError } from './support/wechat-compilers'

describe("the build through WeChat's own compilers", () => {
  it('compiles every WXML and WXS of dist/weapp with wcc', () => {
    expect(countOf(WEAPP_DIR, '.wxml')).toBeGreaterThan(20)
    expect(wxmlError(WEAPP_DIR)).toBeNull()
  })

  it('compiles every WXSS of dist/weapp with wcsc', () => {
    expect(countOf(WEAPP_DIR, '.wxss')).toBeGreaterThan(20)
    expect(wxssError(WEAPP_DIR)).toBeNull()
  })

  it('reports a broken WXML and a broken WXSS (the check can fail)', () => {
    const broken = mkdtempSync(join(tmpdir(), 'weapp-broken-'))
    writeFileSync(join(broken, 'page.wxml'), '<view wx:if="{{a">unclosed</view')
    writeFileSync(join(broken, 'page.wxss'), '.a { color: red')
    expect(wxmlError(broken)).toMatch(/wxml|error/i)
    expect(wxssError(broken)).toMatch(/wxss|error/i)
  })
})

describe(`the emitted JavaScript at ES${ES_LEVEL} (ios >= 12)`, () => {
  it('has nothing newer in any file, named by file and construct', () => {
    const files = filesIn(WEAPP_DIR).filter((file) => file.endsWith('.js'))
    expect(files.length).toBeGreaterThan(20)
    const findings = files.flatMap((file) =>
      newerSyntax(readFileSync(file, 'utf8')).map((f) => `${relative(WEAPP_DIR, file)}:${f.line}:${f.column} ${f.construct} — ${f.excerpt}`),
    )
    expect(findings).toEqual([])
  })

  it('names what is newer (the check can fail)', () => {
    const constructs = (source: string) => newerSyntax(source).map((f) => f.construct)
    expect(constructs('var a = b?.c')).toEqual(['optional chaining `?.` (ES2020)'])
    expect(constructs('var a = b ?? 1')).toEqual(['nullish coalescing `??` (ES2020)'])
    expect(constructs('a ||= 1')).toEqual(['logical assignment `||=` `&&=` `??=` (ES2021)'])
    expect(constructs('class A { x = 1; #y = 2 }')).toEqual(['class field (ES2022)', 'private name `#x` (ES2022)'])
    expect(constructs('var n = 10n, m = 1_000')).toEqual(['BigInt literal (ES2020)', 'numeric separator (ES2021)'])
    expect(constructs('try { a() } catch { b({ ...c }) }; async function* g() { for await (const x of y) yield x }')).toEqual([])
  })
})

describe('the app configuration WeChat reads', () => {
  it('names a sitemap that keeps every page out of WeChat search, and injects components only when rendered', () => {
    const app = readAppJson()
    expect(app.lazyCodeLoading).toBe('requiredComponents')
    const sitemap = JSON.parse(readFileSync(join(WEAPP_DIR, app.sitemapLocation ?? 'missing'), 'utf8')) as { rules: unknown[] }
    expect(sitemap.rules).toEqual([{ action: 'disallow', page: '*' }])
  })
})
