import { buildH5IfStale } from '../../scripts/h5-build'
import { findBrowser } from './support/find-browser'

/**
 * The journeys run against the real H5 build: make it first when it is missing or older than its sources.
 * The browser is found (and the packaged one unpacked) here, once, before the test workers start.
 */
export default async function globalSetup(): Promise<void> {
  buildH5IfStale()
  const browser = await findBrowser()
  console.log(`\nE2E browser: ${browser.executablePath} (${browser.source})`)
}
