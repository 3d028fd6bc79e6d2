import type { SpawnedEmulator } from '../../security/spawned-emulator'

/** What global-setup.ts started, for global-teardown.ts (both run in jest's parent process). */
export const layerState: { running?: { emulator: SpawnedEmulator; root: string } } =
  ((globalThis as { weappLayer?: object }).weappLayer ??= {})
