import { fileUrl } from '../../emulator/local-files'
import type { ErrorCode } from '../../src/shared'
import { PNG, useEmulator } from '../emulator/harness'
import { MATRIX } from './access-table'
import { counter } from './counts'
import { httpDriver } from './http-driver'
import { describeMatrix } from './matrix-runner'
import { ROLES, buildWorld, photoA, photoOf } from './world'

/** The same table through the emulator's HTTP endpoint, plus its file routes (photos in and out). */
const emulator = useEmulator({ writeLimitPerMinute: 1_000_000, uploadLimitPerMinute: 1_000_000 })
const cells = counter('access matrix cells checked (HTTP)')

describe('access matrix through POST /api/call', () => {
  describeMatrix(MATRIX, () => httpDriver(emulator()), cells)
})

type FileOutcome = 'allow' | ErrorCode

// prettier-ignore
const FILE_ROUTES: readonly { name: string; expect: readonly FileOutcome[]; path: 'own' | 'traversal' | 'encoded-traversal'; method: 'GET' | 'POST' }[] = [
  //                                                                                   anonymous           unbound      fillerA          fillerB          reviewer     admin
  { name: 'GET /files/<photo of society A>', method: 'GET', path: 'own', expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'allow', 'FORBIDDEN', 'allow', 'allow'] },
  { name: 'GET /files/<traversal out of the data folder>', method: 'GET', path: 'encoded-traversal', expect: ['UNAUTHENTICATED', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'] },
  { name: 'POST /api/upload into society A’s folder', method: 'POST', path: 'own', expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'] },
  { name: 'POST /api/upload with ../ in the file id', method: 'POST', path: 'traversal', expect: ['UNAUTHENTICATED', 'FORBIDDEN', 'INVALID_INPUT', 'INVALID_INPUT', 'FORBIDDEN', 'FORBIDDEN'] },
]

describe('access matrix of the admin’s import upload', () => {
  it('POST /api/upload-import takes a file from the admin alone', async () => {
    const expected = ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow']
    const d = httpDriver(emulator())
    const w = await buildWorld(d)
    const got: string[] = []
    for (const role of ROLES) {
      const client = await d.client(w.ids[role])
      const answer = await client.send('/api/upload-import', { method: 'POST', body: '学会名称\n自治区测试学会\n' })
      got.push(answer.status === 200 ? 'allow' : (answer.body.code ?? `HTTP ${answer.status}`))
      cells.add()
    }
    expect(got).toEqual(expected)
  })
})

describe('access matrix of the emulator’s file routes', () => {
  it.each(FILE_ROUTES.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
    const problems: string[] = []
    for (const [i, role] of ROLES.entries()) {
      const d = httpDriver(emulator())
      const w = await buildWorld(d)
      const own = route.method === 'GET' ? await photoA(d, w) : photoOf(w.societyA.id, 'new.png')
      const fileId = { own, traversal: `evidence/${w.societyA.id}/../../../secret.jpg`, 'encoded-traversal': 'local:evidence/../../../secret.txt' }[route.path]
      const client = await d.client(w.ids[role])
      const answer =
        route.method === 'GET'
          ? await client.send(fileUrl(fileId))
          : await client.upload(fileId.replace(/^local:/, ''), PNG)
      const got = answer.status === 200 ? 'allow' : (answer.body.code ?? `HTTP ${answer.status}`)
      cells.add()
      if (got !== route.expect[i]) problems.push(`${role}: expected ${route.expect[i]}, got ${got} (${answer.body.message ?? ''})`)
    }
    expect(problems).toEqual([])
  })
})
