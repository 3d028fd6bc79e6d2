import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Noto Sans SC (OFL), embedded in every PDF as a subset of the characters used. */
export const PDF_FONT_FILE = 'NotoSansSC_400Regular.ttf'
export const PDF_FONT_PACKAGE_PATH = `@expo-google-fonts/noto-sans-sc/400Regular/${PDF_FONT_FILE}`

/**
 * Where the font is: beside the bundle in the deployed `report` function (build-cloud copies it to
 * `fonts/`), else in node_modules (the emulator, the export CLI, tests).
 */
export function pdfFontPath(): string {
  const bundled = join(__dirname, 'fonts', PDF_FONT_FILE)
  return existsSync(bundled) ? bundled : require.resolve(PDF_FONT_PACKAGE_PATH)
}
