import { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import type {
  BindQr,
  Clock,
  DeliveryResult,
  FileStore,
  HandlerContext,
  Notifier,
  ReportFiles,
  ServerConfig,
  Store,
  SubscribeMessage,
  UploadReader,
} from '../../cloudfunctions/core/ports'

/** Test doubles of the ports that talk to WeChat; the store under test is always the real SQLite one. */

/** Cloud storage as a map of file id → bytes: `put` stands for the client's upload. */
export class FakeFiles implements FileStore {
  readonly deleted: string[] = []
  readonly urlRequests: string[][] = []
  readonly stored = new Map<string, Uint8Array>()

  put(fileId: string, bytes: Uint8Array): void {
    this.stored.set(fileId, bytes)
  }

  async tempUrls(fileIds: readonly string[]): Promise<Record<string, string>> {
    this.urlRequests.push([...fileIds])
    const known = fileIds.filter((id) => this.stored.has(id))
    return Object.fromEntries(known.map((id) => [id, `https://files.test/${encodeURIComponent(id)}`]))
  }

  async delete(fileIds: readonly string[]): Promise<void> {
    this.deleted.push(...fileIds)
    fileIds.forEach((id) => this.stored.delete(id))
  }

  async read(fileId: string): Promise<Uint8Array | null> {
    return this.stored.get(fileId) ?? null
  }
}

/** QR pictures that spell out their code, so a test can tell which code a card carries. */
export class FakeQr implements BindQr {
  async png(code: string): Promise<Uint8Array> {
    return Buffer.from(`QR:${code}`)
  }
}

/** Uploaded files by id; a read or a removal is recorded. */
export class FakeUploads implements UploadReader {
  readonly files = new Map<string, Uint8Array>()
  readonly removed: string[] = []

  async read(fileId: string, maxBytes: number): Promise<Uint8Array | null> {
    return this.files.get(fileId)?.subarray(0, maxBytes + 1) ?? null
  }

  async remove(fileId: string): Promise<void> {
    this.removed.push(fileId)
    this.files.delete(fileId)
  }
}

/** Cloud storage for reports: keeps what was saved, so that tests open the real bytes; evidence put by tests. */
export class FakeReportFiles implements ReportFiles {
  readonly saved = new Map<string, { fileName: string; bytes: Buffer }>()
  readonly evidence = new Map<string, Buffer>()

  async saveReport(path: string, fileName: string, write: (out: Writable) => Promise<void>) {
    const chunks: Buffer[] = []
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk)
        done()
      },
    })
    await write(out)
    await finished(out)
    this.saved.set(path, { fileName, bytes: Buffer.concat(chunks) })
    return { fileId: `cloud://test.bucket/${path}`, url: `https://files.test/${path}` }
  }

  async readEvidence(fileId: string): Promise<Buffer | null> {
    return this.evidence.get(fileId) ?? null
  }
}

export type NotifierMode = 'sent' | 'refused' | 'failed' | 'throws'

/** The template the test notifier sends with: credits for it let a subscribe message be tried. */
export const TEST_TEMPLATE_ID = 'test-template-0001'

export class RecordingNotifier implements Notifier {
  readonly sent: SubscribeMessage[] = []
  mode: NotifierMode = 'sent'
  readonly templateId = TEST_TEMPLATE_ID

  async send(message: SubscribeMessage): Promise<DeliveryResult> {
    if (this.mode === 'throws') throw new Error('errcode -1: system busy')
    if (this.mode === 'refused') return { status: 'refused', error: 'errcode 43101: user refuse to accept the msg' }
    if (this.mode === 'failed') return { status: 'failed', error: 'errcode 40003: invalid openid' }
    this.sent.push(message)
    return { status: 'sent' }
  }
}

export class TestClock implements Clock {
  private time = Date.parse('2023-03-01T08:00:00.000Z')

  now(): Date {
    return new Date(this.time)
  }

  advance(ms: number): void {
    this.time += ms
  }

  set(iso: string): void {
    this.time = Date.parse(iso)
  }
}

/** The ports around a real store, with fakes for WeChat and a test clock; `context` makes a caller's context. */
export function testPorts(store: Store, config: ServerConfig) {
  const files = new FakeFiles()
  const reportFiles = new FakeReportFiles()
  const notifier = new RecordingNotifier()
  const clock = new TestClock()
  const qr = new FakeQr()
  const uploads = new FakeUploads()
  let ids = 0
  const context = (openid: string | null): HandlerContext => ({
    openid,
    store,
    files,
    reportFiles,
    notifier,
    clock,
    config,
    newId: () => `id-${++ids}`,
    qr,
    uploads,
  })
  return { files, reportFiles, notifier, clock, uploads, context }
}
