import postcss from 'postcss'
import type { Compiler } from 'webpack'

/** NutUI's right-to-left rules: under its ConfigProvider `direction="rtl"` (class nut-rtl) or a `dir="rtl"` page. */
const RTL = /\.nut-rtl\b|\[dir=["']?rtl["']?\]/

/** The CSS without its right-to-left selectors (a rule left with none is dropped); the rest byte for byte. */
export function stripRtl(css: string): string {
  const root = postcss.parse(css)
  root.walkRules((rule) => {
    if (!RTL.test(rule.selector)) return
    const kept = rule.selectors.filter((selector) => !RTL.test(selector))
    if (kept.length > 0) rule.selectors = kept
    else rule.remove()
  })
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove()
  })
  return root.toString()
}

/**
 * The app is Chinese only and never sets a right-to-left direction, yet every NutUI stylesheet carries its
 * right-to-left variants (about 7.7 KB over the packages): they leave the mini-program's WXSS.
 */
export class StripRtlCssPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap('StripRtlCssPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'StripRtlCssPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE }, (assets) => {
        for (const [file, asset] of Object.entries(assets)) {
          if (!file.endsWith('.wxss')) continue
          const css = asset.source().toString()
          const stripped = stripRtl(css)
          if (stripped !== css) compilation.updateAsset(file, new sources.RawSource(stripped))
        }
      })
    })
  }
}
