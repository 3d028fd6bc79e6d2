import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '../..')

/** A production Taro build of the app in `dir`; returns its output folder. Throws with the log on failure. */
export function taroBuild(dir: string, type: 'weapp' | 'h5', env: Record<string, string> = {}): string {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', type], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`taro build --type ${type} in ${dir} failed:\n${result.stdout}\n${result.stderr}`)
  return join(dir, 'dist', type)
}
