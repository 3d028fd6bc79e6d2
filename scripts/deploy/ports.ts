/**
 * The parts of WeChat's `miniprogram-ci` and CloudBase's `@cloudbase/manager-node` the deploy uses, as
 * interfaces, so that tests inject fakes and assert the calls (neither works offline).
 */
export interface CiProjectOptions {
  appid: string
  type: 'miniProgram'
  projectPath: string
  privateKeyPath: string
  ignores: string[]
}

export interface CiModule {
  Project: new (options: CiProjectOptions) => object
  upload(options: {
    project: object
    version: string
    desc: string
    setting: Record<string, boolean>
    robot: number
    onProgressUpdate?: (task: unknown) => void
  }): Promise<{ subPackageInfo?: { name: string; size: number }[] }>
  cloud: {
    uploadFunction(options: { project: object; env: string; name: string; path: string; remoteNpmInstall: boolean }): Promise<{
      filesCount: number
      packSize: number
    }>
    createTimeTrigger(options: {
      project: object
      envId: string
      functionName: string
      triggersConfig: { name: string; type: string; config: string }[]
    }): Promise<unknown>
  }
}

export interface CloudManager {
  functions: {
    getFunctionDetail(name: string): Promise<unknown>
    createFunction(options: {
      func: { name: string; runtime: string; timeout: number; memorySize: number; installDependency: boolean; envVariables: Record<string, string> }
      functionRootPath: string
      force: boolean
    }): Promise<unknown>
    updateFunctionConfig(func: { name: string; timeout: number; memorySize: number; envVariables: Record<string, string> }): Promise<unknown>
  }
  database: {
    createCollectionIfNotExists(name: string): Promise<unknown>
    describeCollection(name: string): Promise<{ Indexes?: { Name: string }[] }>
    updateCollection(
      name: string,
      indexes: { CreateIndexes: { IndexName: string; MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean } }[] },
    ): Promise<unknown>
  }
  permission: {
    modifyResourcePermission(options: { resourceType: 'collection'; resource: string; permission: 'CUSTOM'; securityRule: string }): Promise<unknown>
  }
}

export interface DeployPorts {
  /** Loads miniprogram-ci (only for an upload). */
  ci(): CiModule
  /** A CloudBase manager for the environment, with the Tencent Cloud API key. */
  manager(options: { secretId: string; secretKey: string; envId: string }): CloudManager
  /** Runs an npm script (the builds); throws when it fails. */
  runScript(script: string, env: Readonly<Record<string, string>>): void
  /** Prints lines to the deployer. */
  log(...lines: string[]): void
}
