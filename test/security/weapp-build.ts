import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The mini-program build in its usual place, made with `npm run build:weapp` when missing or stale. */
const ROOT = resolve(__dirname, '../..')
export const WEAPP_DIR = join(ROOT, 'dist/weapp')
const SOURCES = ['src', 'config', 'babel.config.js', 'package-lock.json', 'project.config.json']

/** Every file under `dir`, as absolute paths. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
}

const mtime = (path: string) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0
const latest = (path: string) =>
  statSync(path, { throwIfNoEntry: false })?.isDirectory() ? Math.max(0, ...filesIn(path).map(mtime)) : mtime(path)

export function ensureWeappBuild(): void {
  const built = mtime(join(WEAPP_DIR, 'app.js'))
  if (built && built > Math.max(...SOURCES.map((s) => latest(join(ROOT, s))))) return
  // A production build whatever the caller runs under, as scripts/h5-build.ts does: jest sets NODE_ENV=test,
  // which made a bigger, non-production weapp (vendors.js about 460 KB instead of 150 KB).
  const env = { ...process.env, NODE_ENV: 'production' as const }
  const build = spawnSync('npm', ['run', 'build:weapp'], { cwd: ROOT, encoding: 'utf8', timeout: 240_000, env })
  if (build.status !== 0) throw new Error(`npm run build:weapp failed:\n${build.stdout}\n${build.stderr}`.slice(-4000))
}
