/**
 * Builds one folder per WeChat cloud function, ready to upload from WeChat DevTools:
 *   dist/cloudfunctions/<fn>/index.js      the entry with src/shared, the core handlers and zod bundled in
 *   dist/cloudfunctions/<fn>/package.json  wx-server-sdk pinned, installed in the cloud (云端安装依赖)
 *   dist/cloudfunctions/<fn>/config.json   openapi permissions and the timer trigger
 * (`reading` is the timer-run reader of evidence photos: tesseract.js and its Chinese model installed beside it.)
 * Usage: npm run build:cloud [-- --out <dir>]   (see docs/deploy-cloud.md)
 */
import { build } from 'esbuild'
import { copyFile, mkdir, rm, stat, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { PDF_FONT_FILE, PDF_FONT_PACKAGE_PATH } from '../cloudfunctions/core/reports/pdf-font'
import { CLOUD_FUNCTION_NAMES, functionConfigJson, type CloudFunctionName } from '../cloudfunctions/adapters/wx/functions'

const ROOT = resolve(__dirname, '..')

/** Pinned exactly (checked with `npm view wx-server-sdk version`); the cloud installs it for each function. */
export const WX_SERVER_SDK_VERSION = '4.0.2'

/** WeChat cloud functions run on Node.js 16.13 or newer (chosen when the function is created). */
export const NODE_TARGET = 'node16'

export const DEFAULT_OUT_DIR = join(ROOT, 'dist', 'cloudfunctions')

/**
 * The report builders' libraries: left out of every bundle (the handlers load them only when a report is
 * made) and installed in the cloud for the `report` function alone, at the versions this repository tests.
 */
export const REPORT_PACKAGES: Readonly<Record<string, string>> = {
  exceljs: (require('exceljs/package.json') as { version: string }).version,
  jszip: (require('jszip/package.json') as { version: string }).version,
  // The whole file as a PDF (issue 22); its Chinese font is copied beside the bundle (fonts/).
  pdfkit: (require('pdfkit/package.json') as { version: string }).version,
}
/** The admin console's: the code sheet (exceljs) and GBK import files (iconv-lite), loaded only when used. */
export const ADMIN_PACKAGES: Readonly<Record<string, string>> = {
  exceljs: REPORT_PACKAGES.exceljs!,
  'iconv-lite': (require('iconv-lite/package.json') as { version: string }).version,
}
/**
 * The reader of evidence photos (issue 23): tesseract.js runs its worker script and wasm core by path from its own
 * folder, and the Chinese model is read from its package's folder, so neither can be bundled (docs/reading.md).
 */
export const READING_PACKAGES: Readonly<Record<string, string>> = {
  'tesseract.js': (require('tesseract.js/package.json') as { version: string }).version,
  '@tesseract.js-data/chi_sim': (require('@tesseract.js-data/chi_sim/package.json') as { version: string }).version,
}
/** Every package left out of the bundles: installed in the cloud by the functions that use them. */
export const EXTERNAL_PACKAGES = [
  ...new Set([...Object.keys(REPORT_PACKAGES), ...Object.keys(ADMIN_PACKAGES), ...Object.keys(READING_PACKAGES)]),
]
const PACKAGES_OF: Partial<Record<CloudFunctionName, Readonly<Record<string, string>>>> = {
  report: REPORT_PACKAGES,
  admin: ADMIN_PACKAGES,
  reading: READING_PACKAGES,
}
const dependenciesOf = (name: CloudFunctionName) => ({ 'wx-server-sdk': WX_SERVER_SDK_VERSION, ...PACKAGES_OF[name] })

/** Source that must never reach a cloud function: the emulator, tests, the UI, native modules. */
const FORBIDDEN_INPUTS = [/^emulator\//, /^test\//, /^src\/(pages|components|features|services)\//, /better-sqlite3/, /@tarojs\//]

export interface BuildOptions {
  /** Where the function folders go; `dist/cloudfunctions` (project.config.json's cloudfunctionRoot) by default. */
  outDir?: string
  /** Print the summary (default true). */
  log?: boolean
}

export interface BuiltFunction {
  name: CloudFunctionName
  dir: string
  /** Size of index.js in bytes. */
  bytes: number
  /** Source files bundled in, relative to the repository root. */
  inputs: string[]
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

async function buildFunction(name: CloudFunctionName, outDir: string): Promise<BuiltFunction> {
  const dir = join(outDir, name)
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const outfile = join(dir, 'index.js')
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'cloudfunctions', 'entries', `${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    target: NODE_TARGET,
    format: 'cjs',
    external: ['wx-server-sdk', ...EXTERNAL_PACKAGES],
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const inputs = Object.keys(result.metafile.inputs)
  const forbidden = inputs.filter((input) => FORBIDDEN_INPUTS.some((pattern) => pattern.test(input)))
  if (forbidden.length > 0) throw new Error(`云函数 ${name} 打包进了不该有的代码：${forbidden.join(', ')}`)

  await writeFile(
    join(dir, 'package.json'),
    json({
      name,
      version: '1.0.0',
      private: true,
      description: `学会绩效自评云函数 ${name}（由 npm run build:cloud 生成，请勿手改）`,
      main: 'index.js',
      dependencies: dependenciesOf(name),
    }),
  )
  await writeFile(join(dir, 'config.json'), json(functionConfigJson(name)))
  if (name === 'report') {
    await mkdir(join(dir, 'fonts'), { recursive: true })
    await copyFile(require.resolve(PDF_FONT_PACKAGE_PATH), join(dir, 'fonts', PDF_FONT_FILE))
  }
  return { name, dir, bytes: (await stat(outfile)).size, inputs }
}

/** Builds every cloud function into `outDir`; returns what was built. */
export async function buildCloudFunctions(options: BuildOptions = {}): Promise<BuiltFunction[]> {
  const outDir = resolve(options.outDir ?? DEFAULT_OUT_DIR)
  const built = await Promise.all(CLOUD_FUNCTION_NAMES.map((name) => buildFunction(name, outDir)))
  if (options.log ?? true) {
    console.log(`cloud functions → ${relative(process.cwd(), outDir) || '.'}`)
    for (const fn of built) {
      console.log(`  ${fn.name.padEnd(12)} index.js ${(fn.bytes / 1024).toFixed(1).padStart(7)} KB  (${fn.inputs.length} modules)`)
    }
  }
  return built
}

if (require.main === module) {
  const at = process.argv.indexOf('--out')
  const outDir = at >= 0 ? process.argv[at + 1] : undefined
  buildCloudFunctions({ outDir }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}
