import { relative } from 'node:path'
import { filesIn } from '../../security/weapp-build'

/* WeChat's own compilers for Linux, from npm `miniprogram-compiler` (which makes its binaries executable on first use). */
type Wcc = (root: string, pages: string[], wxsFiles: string[], options?: { maxBuffer?: number }) => string
type Wcsc = (root: string, files: string[], options?: { maxBuffer?: number }) => Record<string, string> | Error
const wcc = require('miniprogram-compiler/src/wcc') as Wcc
const wcsc = require('miniprogram-compiler/src/wcsc') as Wcsc

const MAX_OUTPUT = 64 * 1024 * 1024

/** Paths under `root` ending in `extension`, without it, as the compilers take them. */
const sources = (root: string, extension: string) =>
  filesIn(root)
    .filter((file) => file.endsWith(extension))
    .map((file) => relative(root, file).slice(0, -extension.length))

/** Compiles every WXML (with every WXS) under `root` with wcc: null when it compiles, else wcc's error. */
export function wxmlError(root: string): string | null {
  const wxs = filesIn(root)
    .filter((file) => file.endsWith('.wxs'))
    .map((file) => relative(root, file))
  try {
    const output = wcc(root, sources(root, '.wxml'), wxs, { maxBuffer: MAX_OUTPUT })
    return output.includes('$gwx') ? null : `wcc wrote no $gwx:\n${output.slice(0, 2000)}`
  } catch (error) {
    return (error as Error).message
  }
}

/** Compiles every WXSS under `root` with wcsc: null when it compiles, else wcsc's error. */
export function wxssError(root: string): string | null {
  const result = wcsc(root, sources(root, '.wxss'), { maxBuffer: MAX_OUTPUT })
  return result instanceof Error ? result.message : null
}

/** How many files of each kind there are under `root` (so a test can say it compiled more than nothing). */
export const countOf = (root: string, extension: string): number => sources(root, extension).length
