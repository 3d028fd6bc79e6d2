import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import chromium from '@sparticuz/chromium'

/**
 * The headless Chromium that the npm package @sparticuz/chromium ships inside itself, for a machine with no
 * browser installed. Three things it lacks on an ordinary Linux machine are brought here:
 * - the NSS/NSPR libraries it links against (often missing where no browser was ever installed): the package
 *   carries them for Amazon Linux only, in bin/al2023.tar.br; they are unpacked next to it and put on
 *   LD_LIBRARY_PATH;
 * - a font with Chinese glyphs: Noto Sans SC from @expo-google-fonts/noto-sans-sc, through a fontconfig file
 *   that names only the fonts of these two packages, so the pictures look the same on every machine;
 * - flags: the package's own recommendations, less those that would weaken what the tests check.
 */

const WORK = join(tmpdir(), 'e2e-packaged-chromium')
const FONT_PACKAGE = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'))
const FONT_WEIGHTS = ['400Regular', '700Bold']
const SPARTICUZ_BIN = join(dirname(require.resolve('@sparticuz/chromium')), '../../bin')

/**
 * Left out of the package's flags: web security stays on (a CORS or mixed-content bug must show), Playwright
 * passes its own --headless, and one process per renderer keeps two browser contexts apart.
 */
const DROPPED_FLAGS = [/^--disable-web-security$/, /^--allow-running-insecure-content$/, /^--headless/, /^--single-process$/]

/** Writes `content` to `path` through a temporary file, so parallel workers never read half a file. */
function writeAtomically(path: string, content: string | Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, content)
  renameSync(temporary, path)
}

/** Extracts the regular files of an (uncompressed) tar archive into `target`. */
function untar(archive: Buffer, target: string): void {
  const field = (block: Buffer, start: number, length: number) => block.subarray(start, start + length).toString('utf8').split('\0')[0] ?? ''
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const header = archive.subarray(offset, offset + 512)
    const name = field(header, 0, 100)
    if (!name) break
    const size = parseInt(field(header, 124, 12).trim() || '0', 8)
    const type = field(header, 156, 1)
    const path = join(target, field(header, 345, 155), name)
    if (type === '0' || type === '') {
      mkdirSync(dirname(path), { recursive: true })
      writeAtomically(path, archive.subarray(offset + 512, offset + 512 + size))
    }
    offset += 512 + Math.ceil(size / 512) * 512
  }
}

/** The package's bundled libraries, unpacked once; the folder to put on LD_LIBRARY_PATH. */
function bundledLibraries(): string {
  const lib = join(WORK, 'lib')
  if (!existsSync(join(lib, 'libnss3.so'))) untar(brotliDecompressSync(readFileSync(join(SPARTICUZ_BIN, 'al2023.tar.br'))), WORK)
  return lib
}

/** A fontconfig file naming Noto Sans SC and the package's own Latin fonts, with its cache beside it. */
function fontConfig(): string {
  const file = join(WORK, 'fonts.conf')
  const dirs = [...FONT_WEIGHTS.map((w) => join(FONT_PACKAGE, w)), join(tmpdir(), 'fonts')]
  const prefer = (family: string) =>
    `<alias><family>${family}</family><prefer><family>Noto Sans SC</family></prefer></alias>`
  writeAtomically(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${dirs.map((d) => `  <dir>${d}</dir>`).join('\n')}
  <cachedir>${join(WORK, 'font-cache')}</cachedir>
  ${['sans-serif', 'serif', 'monospace', 'system-ui'].map(prefer).join('\n  ')}
</fontconfig>
`,
  )
  return file
}

export interface PackagedChromium {
  executablePath: string
  args: string[]
  env: Record<string, string>
}

/** Unpacks the packaged Chromium (to the temp folder, about 3 s the first time) and what it needs to run here. */
export async function packagedChromium(): Promise<PackagedChromium> {
  mkdirSync(WORK, { recursive: true })
  chromium.setGraphicsMode = false
  const executablePath = await chromium.executablePath()
  const libraries = bundledLibraries()
  const env: Record<string, string> = {
    FONTCONFIG_FILE: fontConfig(),
    LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
  }
  const args = chromium.args.filter((flag) => !DROPPED_FLAGS.some((dropped) => dropped.test(flag)))
  return { executablePath, args, env }
}
