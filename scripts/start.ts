/**
 * `npm start`: builds the H5 app when `dist/h5/` is missing or older than its sources, then runs the local
 * emulator (see emulator/cli.ts for its environment variables).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runEmulatorCli } from '../emulator/cli'

const ROOT = resolve(__dirname, '..')
const BUILT = join(ROOT, 'dist/h5/index.html')
const SOURCES = ['src', 'config', 'babel.config.js', 'package-lock.json']

/** The latest modification time among the files under `path`. */
function newest(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false })
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}

function buildH5IfStale(): void {
  const built = statSync(BUILT, { throwIfNoEntry: false })?.mtimeMs ?? 0
  const sources = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))))
  if (built > sources) return
  console.log(built ? 'H5 页面的源文件有改动，正在重新构建（npm run build:h5）…' : '首次启动，正在构建 H5 页面（npm run build:h5）…')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const build = spawnSync(npm, ['run', 'build:h5'], { cwd: ROOT, stdio: 'inherit' })
  if (build.status !== 0) {
    console.error('H5 页面构建失败，请查看上面的输出。')
    process.exit(build.status ?? 1)
  }
}

buildH5IfStale()
runEmulatorCli()
