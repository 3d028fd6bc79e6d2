import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnEmulator } from '../../security/spawned-emulator'
import { TEST_TEMPLATE_ID, ensureLayerBuild } from './build'
import { layerState } from './layer-state'

/**
 * Once for the whole `weapp` layer: the mini-program is built (when stale) and one emulator is spawned over a
 * fresh data folder; its URL reaches the test files through WEAPP_EMULATOR_URL. global-teardown.ts stops it.
 */
export default async function globalSetup(): Promise<void> {
  ensureLayerBuild()
  const root = mkdtempSync(join(tmpdir(), 'weapp-layer-'))
  // The emulator counts subscribe credits for the template the build asks consent to, as a deployment must.
  process.env.SUBSCRIBE_TEMPLATE_ID = TEST_TEMPLATE_ID
  const emulator = await spawnEmulator(join(root, 'data'))
  process.env.WEAPP_EMULATOR_URL = emulator.url
  layerState.running = { emulator, root }
}
