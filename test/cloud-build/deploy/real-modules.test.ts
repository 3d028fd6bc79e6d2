import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { realPorts } from '../../../scripts/deploy'
import { keyFile } from './fakes'

jest.setTimeout(120_000)

/**
 * The fakes stand for WeChat's miniprogram-ci and CloudBase's manager SDK; this checks, offline, that the real
 * modules as installed have every method the deploy calls, and that a CI project made from the deploy's options
 * reads the build (uploads themselves need WeChat's network and a registered key, which tests do not have).
 */
describe('the real CI module and manager SDK, loaded as the deploy loads them', () => {
  it('miniprogram-ci has Project, upload, cloud.uploadFunction and cloud.createTimeTrigger, and a Project reads the build', () => {
    const ci = realPorts.ci()
    expect([typeof ci.Project, typeof ci.upload, typeof ci.cloud.uploadFunction, typeof ci.cloud.createTimeTrigger]).toEqual(Array(4).fill('function'))
    const weapp = mkdtempSync(join(tmpdir(), 'deploy-ci-'))
    try {
      mkdirSync(join(weapp, 'pages'))
      writeFileSync(join(weapp, 'app.json'), '{"pages":["pages/index"]}')
      writeFileSync(join(weapp, 'project.config.json'), '{"miniprogramRoot":"./"}')
      const project = new ci.Project({ appid: 'wx0123456789abcdef', type: 'miniProgram', projectPath: weapp, privateKeyPath: keyFile(), ignores: [] }) as {
        appid: string
        getFileList(prefix: string, ext: string): string[]
      }
      expect(project.appid).toBe('wx0123456789abcdef')
      expect(project.getFileList('', '.json').sort()).toEqual(['app.json', 'project.config.json'])
    } finally {
      rmSync(weapp, { recursive: true, force: true })
    }
  })

  it('@cloudbase/manager-node has the functions, database and permission methods the deploy calls', () => {
    const manager = realPorts.manager({ secretId: 'AKIDexample', secretKey: 'example', envId: 'prod-3g5x2a1b0c9d8e7f' })
    const methods = [
      manager.functions.getFunctionDetail,
      manager.functions.createFunction,
      manager.functions.updateFunctionConfig,
      manager.database.createCollectionIfNotExists,
      manager.database.describeCollection,
      manager.database.updateCollection,
      manager.permission.modifyResourcePermission,
    ]
    expect(methods.map((m) => typeof m)).toEqual(Array(7).fill('function'))
  })
})
