/**
 * The H5 build that the emulator serves: rebuilt with `npm run build:h5` when `dist/h5/` is missing or older
 * than its sources. Used by `npm start` and by the end-to-end tests' global setup.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(__dirname, '..')
export const H5_DIR = join(ROOT, 'dist/h5')
const BUILT = join(H5_DIR, 'index.html')
const SOURCES = ['src', 'config', 'babel.config.js', 'package-lock.json']

/** The latest modification time among the files under `path`. */
function newest(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false })
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

/** Why the H5 build must be made again ('missing' or 'stale'), or null when it is up to date. */
export function h5BuildState(): 'missing' | 'stale' | null {
  const built = statSync(BUILT, { throwIfNoEntry: false })?.mtimeMs ?? 0
  if (!built) return 'missing'
  const sources = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))))
  return built > sources ? null : 'stale'
}

/** Builds the H5 app when it is missing or stale; throws when the build fails. */
export function buildH5IfStale(): void {
  const state = h5BuildState()
  if (!state) return
  console.log(state === 'stale' ? 'H5 页面的源文件有改动，正在重新构建（npm run build:h5）…' : '首次启动，正在构建 H5 页面（npm run build:h5）…')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  // A production build whatever the caller runs under: jest sets NODE_ENV=test, which would bring in React
  // Refresh's hooks ($RefreshReg$) without its runtime.
  const env = { ...process.env, NODE_ENV: 'production' as const }
  const build = spawnSync(npm, ['run', 'build:h5'], { cwd: ROOT, stdio: 'inherit', env })
  if (build.status !== 0) throw new Error(`H5 页面构建失败（退出码 ${build.status ?? build.signal}），请查看上面的输出。`)
}
