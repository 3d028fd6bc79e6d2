import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../emulator/server'
import type { SeedInfo } from '../../../emulator/seed'
import { H5_DIR } from '../../../scripts/h5-build'

export interface E2eEmulator extends RunningEmulator {
  dataDir: string
  /** What the emulator seeded: societies with their binding codes. */
  seed(): SeedInfo
  /** Stops the emulator and removes its data folder. */
  stop(): Promise<void>
}

/** The real emulator in this process, on a free port, over a fresh data folder, serving the real dist/h5. */
export async function startE2eEmulator(options: Pick<EmulatorOptions, 'demo' | 'adminSetupCode' | 'reader'> = {}): Promise<E2eEmulator> {
  const root = mkdtempSync(join(tmpdir(), 'e2e-'))
  const dataDir = join(root, 'data')
  const emulator = await startEmulator({ port: 0, dataDir, h5Dir: H5_DIR, quiet: true, ...options })
  return {
    ...emulator,
    dataDir,
    seed() {
      const db = new Database(join(dataDir, 'emulator.sqlite'), { readonly: true })
      try {
        const row = db.prepare<[], { value: string }>("SELECT value FROM seed_info WHERE key = 'demo'").get()
        if (!row) throw new Error('emulator has no seed_info')
        return JSON.parse(row.value) as SeedInfo
      } finally {
        db.close()
      }
    },
    async stop() {
      await emulator.close()
      rmSync(root, { recursive: true, force: true })
    },
  }
}
