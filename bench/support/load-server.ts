/**
 * The emulator for the load benchmark, in its own process: a fresh data folder, 127.0.0.1 and a free port, no
 * banner. Prints one JSON line `{ "url": …, "pid": … }` once it listens; stops on SIGTERM.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator } from '../../emulator/server'

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'bench-load-'))
  const emulator = await startEmulator({
    port: 0,
    dataDir: join(root, 'data'),
    h5Dir: join(root, 'no-h5'),
    quiet: true,
    writeLimitPerMinute: 10_000,
    uploadLimitPerMinute: 10_000,
  })
  process.stdout.write(`${JSON.stringify({ url: emulator.url, pid: process.pid })}\n`)
  process.once('SIGTERM', () => {
    void emulator.close().finally(() => {
      rmSync(root, { recursive: true, force: true })
      process.exit(0)
    })
  })
}

void main()
