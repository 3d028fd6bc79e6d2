import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import type { RunningEmulator } from '../../emulator/server'

const ROOT = resolve(__dirname, '../..')

export interface SpawnedEmulator extends RunningEmulator {
  readonly child: ChildProcess
}

/** The emulator as `npm start` runs it, in its own process on a free port of 127.0.0.1 and `dataDir`. */
export function spawnEmulator(dataDir: string): Promise<SpawnedEmulator> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, WRITE_LIMIT_PER_MINUTE: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((ready, fail) => {
    let output = ''
    const timer = setTimeout(() => fail(new Error(`emulator did not start:\n${output}`)), 30_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1]
      if (!port) return
      clearTimeout(timer)
      child.stdout!.off('data', read)
      const exited = new Promise<void>((done) => child.once('exit', () => done()))
      ready({
        child,
        port: Number(port),
        url: `http://127.0.0.1:${port}/`,
        close: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
          await exited
        },
      })
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', (c: Buffer) => (output += c.toString('utf8')))
    child.once('exit', (code, signal) => fail(new Error(`emulator exited (${code ?? signal}):\n${output}`)))
  })
}
