import { resolve } from 'node:path'
import { ADMIN_SETUP_CODE_PATTERN, ADMIN_SETUP_CODE_RULE } from '../src/shared/contract/admin-setup-code'
import { parseNotifierMode } from './outbox-notifier'
import { startEmulator } from './server'
import { createTesseractReader } from '../cloudfunctions/core/reading/tesseract-reader'

/** The timers (自动提醒, retries) run on the emulator's own clock this often; the cloud's run hourly. */
const TIMERS_EVERY_MS = 5 * 60_000

/** Repository root: the emulator lives in `<root>/emulator/`. */
const ROOT = resolve(__dirname, '..')

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 8080
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT 应为 0–65535 的整数，而不是 ${value}`)
  return port
}

/** DEMO=0 (or false, no, off) starts a fresh data folder without the demo societies and users. */
export function readDemo(value: string | undefined): boolean {
  const off = ['0', 'false', 'no', 'off']
  const on = ['', '1', 'true', 'yes', 'on']
  const v = (value ?? '').trim().toLowerCase()
  if (off.includes(v)) return false
  if (on.includes(v)) return true
  throw new Error(`DEMO 应为 0 或 1，而不是 ${value}`)
}

/** The same rule as the cloud functions' ADMIN_SETUP_CODE: a bad value stops the start, naming it. */
export function readAdminSetupCode(value: string | undefined): { adminSetupCode?: string } {
  const code = value?.trim()
  if (!code) return {}
  if (!ADMIN_SETUP_CODE_PATTERN.test(code)) throw new Error(`ADMIN_SETUP_CODE 应为 ${ADMIN_SETUP_CODE_RULE}`)
  return { adminSetupCode: code }
}

/**
 * Runs the emulator from the environment (PORT, DATA_DIR, WRITE_LIMIT_PER_MINUTE, UPLOAD_LIMIT_PER_MINUTE,
 * EMULATOR_NOTIFIER, SUBSCRIBE_TEMPLATE_ID, DEMO, ADMIN_SETUP_CODE, EMULATOR_DEV_MODE, EMULATOR_READING) until
 * SIGINT or SIGTERM, then stops cleanly: in-flight requests finish and the database is closed.
 */
async function runEmulator(env: NodeJS.ProcessEnv): Promise<void> {
  const emulator = await startEmulator({
    port: readPort(env.PORT),
    dataDir: env.DATA_DIR ? resolve(env.DATA_DIR) : resolve(ROOT, '.data'),
    h5Dir: resolve(ROOT, 'dist/h5'),
    writeLimitPerMinute: Number(env.WRITE_LIMIT_PER_MINUTE) || 120,
    uploadLimitPerMinute: Number(env.UPLOAD_LIMIT_PER_MINUTE) || undefined,
    notifierMode: parseNotifierMode(env.EMULATOR_NOTIFIER),
    demo: readDemo(env.DEMO),
    ...readAdminSetupCode(env.ADMIN_SETUP_CODE),
    timersEveryMs: TIMERS_EVERY_MS,
    devMode: env.EMULATOR_DEV_MODE !== '0',
    subscribeTemplateId: env.SUBSCRIBE_TEMPLATE_ID?.trim() || undefined,
    // EMULATOR_READING=0 leaves evidence photos unread (pending); by default they are read in the background.
    reader: env.EMULATOR_READING === '0' ? undefined : createTesseractReader,
  })
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error('再次收到停止信号，立即退出。')
      process.exit(1)
    }
    stopping = true
    console.log(`\n收到 ${signal}，正在停止：等待进行中的请求完成并关闭数据库…`)
    emulator.close().then(
      () => {
        console.log('已停止，数据已保存。')
        process.exit(0)
      },
      (error: unknown) => {
        console.error('停止时出错：', error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

/** Starts the emulator for a command line; a failure to start is explained and exits 1. */
export function runEmulatorCli(env: NodeJS.ProcessEnv = process.env): void {
  runEmulator(env).catch((error: unknown) => {
    const inUse = (error as { code?: string }).code === 'EADDRINUSE' ? '（端口已被占用，可设置 PORT=其他端口）' : ''
    console.error(`本地模拟环境启动失败${inUse}：`, error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
