import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CiModule, CloudManager, DeployPorts } from '../../../scripts/deploy/ports'

export interface Call {
  what: string
  args: Record<string, unknown>
}

/** Fakes of miniprogram-ci and the CloudBase manager that record every call, in order, in one list. */
export function fakePorts(options: { failOn?: string; existingFunctions?: string[] } = {}) {
  const calls: Call[] = []
  const lines: string[] = []
  const record = async (what: string, args: Record<string, unknown>) => {
    calls.push({ what, args })
    if (options.failOn === what) throw new Error(`${what} refused by the fake`)
    return {}
  }
  const ci: CiModule = {
    Project: class {
      constructor(args: object) {
        calls.push({ what: 'ci.Project', args: args as Record<string, unknown> })
      }
    },
    upload: async (args) => (await record('ci.upload', args), { subPackageInfo: [] }),
    cloud: {
      uploadFunction: async (args) => (await record('ci.cloud.uploadFunction', args), { filesCount: 3, packSize: 1 }),
      createTimeTrigger: (args) => record('ci.cloud.createTimeTrigger', args),
    },
  }
  const existing = new Set(options.existingFunctions ?? [])
  const manager: CloudManager = {
    functions: {
      getFunctionDetail: async (name) => {
        calls.push({ what: 'manager.getFunctionDetail', args: { name } })
        if (!existing.has(name)) throw new Error('ResourceNotFound.Function')
        return {}
      },
      createFunction: (args) => record('manager.createFunction', args),
      updateFunctionConfig: (args) => record('manager.updateFunctionConfig', args),
    },
    database: {
      createCollectionIfNotExists: (name) => record('manager.createCollectionIfNotExists', { name }),
      describeCollection: async (name) => (await record('manager.describeCollection', { name }), { Indexes: [{ Name: '_id_' }] }),
      updateCollection: (name, indexes) => record('manager.updateCollection', { name, ...indexes }),
    },
    permission: { modifyResourcePermission: (args) => record('manager.modifyResourcePermission', args) },
  }
  const ports: DeployPorts = {
    ci: () => (calls.push({ what: 'ci.load', args: {} }), ci),
    manager: (args) => (calls.push({ what: 'manager.new', args }), manager),
    runScript: (script, env) => void calls.push({ what: 'npm run', args: { script, env } }),
    log: (...more) => void lines.push(...more.join('\n').split('\n')),
  }
  return { ports, calls, lines, output: () => lines.join('\n'), named: (what: string) => calls.filter((c) => c.what === what) }
}

/** A code-upload key as WeChat hands it out: an RSA private key in PEM. */
export function keyFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-key-'))
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } })
  const path = join(dir, 'private.wx0123456789abcdef.key')
  writeFileSync(path, privateKey)
  return path
}

export function textFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-file-'))
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
