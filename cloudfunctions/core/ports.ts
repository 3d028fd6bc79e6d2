import type { Writable } from 'node:stream'
import type { NotificationKind } from '../../src/shared'
import type { Store } from './store'

export * from './store'

/**
 * What the handlers need from the world. Production: wx-server-sdk adapters; emulator and tests: SQLite.
 * The database port, Store, is split by record in ./store/ (re-exported here).
 */

export interface FileStore {
  /** Temporary URLs to show photos; ids the store does not know are left out. */
  tempUrls(fileIds: readonly string[]): Promise<Record<string, string>>
  delete(fileIds: readonly string[]): Promise<void>
  /** The stored bytes of a file, or null when storage has no such file (never uploaded, or gone). */
  read(fileId: string): Promise<Uint8Array | null>
}

/** Pictures of QR codes that open the bind page with a binding code filled in. */
export interface BindQr {
  /** A PNG of the QR code for `code` (production: the mini-program code with `scene` = code). */
  png(code: string): Promise<Uint8Array>
}

/** The admin's uploaded import files (an .xlsx or .csv list of societies). */
export interface UploadReader {
  /** The bytes of the uploaded file, or null when there is none; `maxBytes + 1` bytes at most are read. */
  read(fileId: string, maxBytes: number): Promise<Uint8Array | null>
  /** Removes it once read: an import file is needed only once. Best effort. */
  remove(fileId: string): Promise<void>
}

/** Where generated reports go (cloud storage; the emulator's file store) and how evidence is read for an archive. */
export interface ReportFiles {
  /**
   * Streams a report into storage at `path` (`reports/…`, replacing an older one there) and answers its file
   * id and a URL to download it, to be saved as `fileName`.
   */
  saveReport(path: string, fileName: string, write: (out: Writable) => Promise<void>): Promise<{ fileId: string; url: string }>
  /** An evidence file's bytes; null when it is gone. */
  readEvidence(fileId: string): Promise<Buffer | null>
}

export interface SubscribeMessage {
  openid: string
  kind: NotificationKind
  /** Mini-program page the message opens. */
  page: string
  title: string
  body: string
  time: string
}

export type DeliveryResult = { status: 'sent' } | { status: 'refused' | 'failed'; error: string }

export interface Notifier {
  send(message: SubscribeMessage): Promise<DeliveryResult>
  /** The template it sends with (credits are counted per template); null where it sends none. */
  readonly templateId: string | null
}

export interface Clock {
  now(): Date
}

export interface ServerConfig {
  /** Openids that are admins from the start, so that a new deployment can be set up. */
  bootstrapAdmins: readonly string[]
  /** Writes allowed per user per minute. */
  writeLimitPerMinute: number
  /** ADMIN_SETUP_CODE: while no admin exists, the signed-in user who enters it becomes admin. Absent = off. */
  adminSetupCode?: string
}

export interface Ports {
  store: Store
  files: FileStore
  reportFiles: ReportFiles
  notifier: Notifier
  clock: Clock
  config: ServerConfig
  newId(): string
  qr: BindQr
  uploads: UploadReader
  /** Where a photo is decoded for its duplicate hash: the emulator's worker thread; absent, in the calling process. */
  photoHasher?: PhotoHasher
}

/** What decoding a photo found: whether it decodes at all, and its difference hash (null: not hashed). */
export interface PhotoHash {
  undecodable: boolean
  dhash: string | null
}

export interface PhotoHasher {
  hash(bytes: Uint8Array): Promise<PhotoHash>
}

/** What a handler knows: who calls (from WeChat's context or the emulator's dev login only) and the ports. */
export interface HandlerContext extends Ports {
  openid: string | null
}
