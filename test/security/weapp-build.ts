import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
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

/** Whether dist/weapp is newer than every source it is built from. */
export function weappBuildIsFresh(): boolean {
  const built = mtime(join(WEAPP_DIR, 'app.js'))
  return built > 0 && built > Math.max(...SOURCES.map((s) => latest(join(ROOT, s))))
}

/** Runs `npm run build:weapp` as a user does (jest's NODE_ENV=test would make babel skip the browserslist targets). */
export function buildWeapp(env: Record<string, string> = {}): void {
  const build = spawnSync('npm', ['run', 'build:weapp'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, NODE_ENV: 'production', ...env },
  })
  if (build.status !== 0) throw new Error(`npm run build:weapp failed:\n${build.stdout}\n${build.stderr}`.slice(-4000))
}

/**
 * The subscribe template every test build is made with: the weapp layer asks consent as a configured release
 * does, and one build serves every suite that reads dist/weapp.
 */
export const WEAPP_TEST_TEMPLATE_ID = 'weapp-layer-test-template'

const builtWithTestTemplate = () =>
  filesIn(WEAPP_DIR).some((file) => file.endsWith('.js') && readFileSync(file, 'utf8').includes(WEAPP_TEST_TEMPLATE_ID))

const LOCK_DIR = join(ROOT, 'dist/.weapp-build.lock')
const LOCK_STALE_MS = 10 * 60_000
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/** Holds a lock folder while `work` runs: jest runs suites in parallel workers, and two builds into one folder break both. */
function withBuildLock(work: () => void): void {
  mkdirSync(join(ROOT, 'dist'), { recursive: true })
  for (;;) {
    try {
      mkdirSync(LOCK_DIR)
      break
    } catch {
      const age = Date.now() - (statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > LOCK_STALE_MS) rmSync(LOCK_DIR, { recursive: true, force: true })
      else sleep(1000)
    }
  }
  try {
    work()
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true })
  }
}

/** dist/weapp, fresh and made with the test template; built once whichever suite asks first. */
export function ensureWeappBuild(): void {
  const ready = () => weappBuildIsFresh() && builtWithTestTemplate()
  if (ready()) return
  withBuildLock(() => {
    if (!ready()) buildWeapp({ TARO_APP_SUBSCRIBE_TEMPLATE_ID: WEAPP_TEST_TEMPLATE_ID })
  })
}
