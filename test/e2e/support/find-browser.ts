import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import { packagedChromium } from './packaged-chromium'

/**
 * Which Chromium the end-to-end tests drive, first found of:
 * 1. `CHROMIUM_PATH`, when set (it must exist);
 * 2. a Chromium or Chrome installed on the machine: the usual paths, then the same names on PATH
 *    (`CHROMIUM_CANDIDATES`, a `:`-separated list of paths, replaces that search, e.g. to try the next step);
 * 3. the headless Chromium that the npm package @sparticuz/chromium ships inside itself.
 */
export interface FoundBrowser {
  source: 'CHROMIUM_PATH' | 'installed' | 'packaged'
  executablePath: string
  /** Flags beyond those every launch uses. */
  args: string[]
  /** Environment beyond the test process's own. */
  env: Record<string, string>
}

const INSTALLED_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
]
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Where to look for an installed browser, in order. */
export function installedCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.CHROMIUM_CANDIDATES !== undefined) return env.CHROMIUM_CANDIDATES.split(':').filter(Boolean)
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((name) => join(dir, name)))
  return [...INSTALLED_PATHS, ...onPath]
}

export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser> {
  if (env.CHROMIUM_PATH) {
    if (!isExecutable(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`)
    return { source: 'CHROMIUM_PATH', executablePath: env.CHROMIUM_PATH, args: [], env: {} }
  }
  const installed = installedCandidates(env).find(isExecutable)
  if (installed) return { source: 'installed', executablePath: installed, args: [], env: {} }
  return { source: 'packaged', ...(await packagedChromium()) }
}
