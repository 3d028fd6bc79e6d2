import { resolve } from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { BenchStatsPlugin } from './bench-stats'
import { SubCommonByPackagesPlugin } from './sub-common-groups'
import { TERSER_COMPRESS } from './terser-compress'
import { StripRtlCssPlugin } from './strip-rtl-css'

const platform = process.env.TARO_ENV ?? 'weapp'

/** Small stand-ins for dependencies of dependencies (each file says why it is enough). */
const SHIMS = { 'lodash.kebabcase': resolve(__dirname, '../src/shims/lodash-kebabcase.ts') }

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xuehui-jixiao-ziping',
    date: '2024-11-24',
    designWidth: 375,
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    alias: SHIMS,
    outputRoot: `dist/${platform}`,
    // NutUI's icons render an <i>; without the plugin base.wxml has no template for it and WeChat shows nothing
    // ("Template `tmpl_0_i` not found"). H5 renders HTML tags natively.
    plugins: platform === 'h5' ? [] : ['@tarojs/plugin-html'],
    defineConstants: {},
    // Taro substitutes TARO_APP_* only from .env files; this also takes it from the shell at build time.
    env: {
      TARO_APP_SUBSCRIBE_TEMPLATE_ID: JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID ?? ''),
      // The cloud environment the mini-program calls (npm run deploy sets it from --env); empty: the default one.
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
    },
    // The mini-program's sitemap (src/sitemap.json: no page is for WeChat search), named by app.config.ts.
    copy: { patterns: platform === 'h5' ? [] : [{ from: 'src/sitemap.json', to: `dist/${platform}/sitemap.json` }], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Keep Chinese text as UTF-8 instead of \uXXXX escapes (about 15 KB of the weapp main package).
    terser: { enable: true, config: { compress: TERSER_COMPRESS, output: { ascii_only: false } } },
    mini: {
      webpackChain(chain) {
        // One `sub-common` file per set of subpackages sharing modules, not one per module (config/sub-common-groups.ts).
        chain.plugin('miniSplitChunksPlugin').init((_taroPlugin: unknown, args: unknown[]) => new SubCommonByPackagesPlugin(args[0]))
        chain.plugin('strip-rtl-css').use(StripRtlCssPlugin)
        // `npm run bench` asks for the chunks' module sizes (what each dependency costs).
        if (process.env.TARO_BENCH_STATS) chain.plugin('bench-stats').use(BenchStatsPlugin, [process.env.TARO_BENCH_STATS])
      },
      // zod 4 ships ES2020 (`?.`, `??`); babel brings it down to the browserslist (ios >= 12, i.e. ES2019) like our
      // own code, which test/weapp/compile-and-syntax.test.ts checks on every emitted file.
      compile: { include: [(modulePath: string) => /[\\/]node_modules[\\/]zod[\\/]/.test(modulePath)] },
      // Pages import NutUI components in different orders; CSS order between them does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        // The rem root stays at the 375 px design's (20px) on wider screens: on a laptop the reviewer's and the
        // admin's pages keep CSS pixels, like NutUI's own components, instead of every size doubling.
        pxtransform: { enable: true, config: { maxRootSize: 20 } },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.performance.hints(false)
      },
    },
  }

  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
