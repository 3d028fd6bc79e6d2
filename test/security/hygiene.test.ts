import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import collections from '../../cloudfunctions/database/collections.json'
import rules from '../../cloudfunctions/database/security-rules.json'
import { WEAPP_DIR, ensureWeappBuild, filesIn } from './weapp-build'

/** No dev-only identity picking in the mini-program, database closed to clients, no secret in the repository. */
const ROOT = resolve(__dirname, '../..')

describe('the weapp build', () => {
  beforeAll(() => ensureWeappBuild(), 300_000)

  it('carries none of the emulator’s dev-only identity picking or endpoints', () => {
    const forbidden = ['dev-login', '/api/dev', 'dev-filler', 'emulator', '/api/call', '/api/upload', 'emulator_session']
    const found = filesIn(WEAPP_DIR).flatMap((file) => {
      const text = readFileSync(file, 'latin1')
      return forbidden.filter((word) => text.includes(word)).map((word) => `${relative(ROOT, file)}: ${word}`)
    })
    expect(found).toEqual([])
  })
})

describe('the cloud database security rules', () => {
  it('close every collection to the mini-program, for reading and writing', () => {
    const names = collections.collections.map((c) => c.name)
    const table = rules as Record<string, unknown>
    for (const name of names) expect([name, table[name]]).toEqual([name, { read: false, write: false }])
  })
})

describe('the repository', () => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)

  it('commits no .env file', () => {
    expect(files.filter((f) => /(^|\/)\.env(\.(?!example$)[^/]*)?$/.test(f))).toEqual([])
  })

  it('holds no private key and no AppSecret-like value', () => {
    const privateKey = /-----BEGIN (?:RSA |EC |OPENSSH |DSA |ENCRYPTED )?PRIVATE KEY-----/
    const appSecret = /secret[^\n]{0,40}?\b[0-9a-f]{32}\b/i
    const found = files
      .filter((f) => !f.startsWith('node_modules/') && !f.endsWith('package-lock.json'))
      .flatMap((f) => {
        let text: string
        try {
          text = readFileSync(resolve(ROOT, f), 'utf8')
        } catch {
          return []
        }
        return [privateKey.test(text) && `${f}: private key`, appSecret.test(text) && `${f}: AppSecret-like value`].filter(Boolean)
      })
    expect(found).toEqual([])
  })
})
