import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { WEAPP_DIR, WEAPP_TEST_TEMPLATE_ID, ensureWeappBuild } from '../../security/weapp-build'

export { WEAPP_DIR }

/** The subscribe template the layer's build is made with, so that consent is asked as in a configured release. */
export const TEST_TEMPLATE_ID = WEAPP_TEST_TEMPLATE_ID

/** dist/weapp, fresh and built with the test template (rebuilt when stale or when a plain build is there). */
export const ensureLayerBuild = ensureWeappBuild

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  sitemapLocation?: string
  lazyCodeLoading?: string
}

export const readAppJson = (): AppJson => JSON.parse(readFileSync(join(WEAPP_DIR, 'app.json'), 'utf8')) as AppJson

/** Every page route of the built app.json, main package first, then each subpackage's. */
export function appPages(app: AppJson = readAppJson()): string[] {
  const sub = (app.subPackages ?? []).flatMap((pkg) => pkg.pages.map((page) => `${pkg.root.replace(/\/$/, '')}/${page}`))
  return [...app.pages, ...sub]
}
