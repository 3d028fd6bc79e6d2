/**
 * The part of wx-server-sdk (WeChat cloud functions' server SDK) that this project uses, written by hand so
 * that `tsc --noEmit` type-checks the adapters without installing the package at the root. The package
 * itself is installed only in the cloud, from each deployed function's package.json (see docs/deploy-cloud.md).
 * Keep this to what `cloudfunctions/adapters/wx/` and `cloudfunctions/entries/` call.
 */
declare module 'wx-server-sdk' {
  export interface InitOptions {
    env?: string | symbol
  }

  export interface WXContext {
    OPENID?: string
    APPID?: string
    UNIONID?: string
    ENV?: string
  }

  // ---- database ----

  /** An update operator or query operator built by `db.command`. */
  export interface Command {
    readonly __brand?: 'command'
  }

  export interface DbCommand {
    in(values: readonly unknown[]): Command
    inc(by: number): Command
    lt(value: unknown): Command
    gt(value: unknown): Command
    /** Update operator: appends the values to an array field (creating it when absent). */
    push(values: readonly unknown[]): Command
  }

  /** An aggregation pipeline; `end()` runs it as one database operation. */
  export interface Aggregate {
    match(condition: Record<string, unknown>): Aggregate
    /** Joins the documents of `from` whose `foreignField` equals this document's `localField`, as an array `as`. */
    lookup(options: { from: string; localField: string; foreignField: string; as: string }): Aggregate
    end(): Promise<{ list: Array<Record<string, unknown>> }>
  }

  export interface GetResult {
    data: Array<Record<string, unknown>>
  }

  export interface DocGetResult {
    data: Record<string, unknown>
  }

  export interface CountResult {
    total: number
  }

  export interface UpdateResult {
    stats: { updated: number }
  }

  export interface RemoveResult {
    stats: { removed: number }
  }

  export interface AddResult {
    _id: string
  }

  export interface SetResult {
    _id: string
    stats: { updated: number; created: number }
  }

  export interface Query {
    where(condition: Record<string, unknown>): Query
    orderBy(field: string, order: 'asc' | 'desc'): Query
    skip(n: number): Query
    limit(n: number): Query
    /** Projection: `{ field: true }` returns only those fields (and `_id`). */
    field(projection: Record<string, boolean>): Query
    get(): Promise<GetResult>
    count(): Promise<CountResult>
    update(options: { data: Record<string, unknown> }): Promise<UpdateResult>
    remove(): Promise<RemoveResult>
  }

  export interface DocumentReference {
    /** Rejects when the document does not exist. */
    get(): Promise<DocGetResult>
    /** Creates or replaces the whole document; `data` must not contain `_id`. */
    set(options: { data: Record<string, unknown> }): Promise<SetResult>
    update(options: { data: Record<string, unknown> }): Promise<UpdateResult>
  }

  export interface CollectionReference extends Query {
    doc(id: string): DocumentReference
    aggregate(): Aggregate
    /** Rejects when `data._id` is given and a document with that id exists. */
    add(options: { data: Record<string, unknown> }): Promise<AddResult>
  }

  export interface Database {
    collection(name: string): CollectionReference
    readonly command: DbCommand
  }

  // ---- storage ----

  export interface TempFileURLResult {
    fileList: Array<{ fileID: string; tempFileURL: string; status: number; errMsg?: string }>
  }

  export interface DeleteFileResult {
    fileList: Array<{ fileID: string; status: number; errMsg?: string }>
  }

  export interface UploadFileResult {
    fileID: string
  }

  export interface DownloadFileResult {
    fileContent: Buffer
  }

  // ---- open API (云调用) ----

  export interface SubscribeMessageSendOptions {
    touser: string
    templateId: string
    page?: string
    data: Record<string, { value: string }>
    miniprogramState?: 'developer' | 'trial' | 'formal'
    lang?: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW'
  }

  /** Resolves with errCode 0; a WeChat error rejects with an error carrying `errCode` and `errMsg`. */
  export interface OpenApi {
    subscribeMessage: {
      send(options: SubscribeMessageSendOptions): Promise<{ errCode: number; errMsg: string }>
    }
    /** The mini-program code of a page with `scene` (at most 32 visible characters); needs the wxacode permission. */
    wxacode?: {
      getUnlimited(options: { scene: string; page?: string; checkPath?: boolean; width?: number }): Promise<{ buffer: Uint8Array }>
    }
  }

  export const DYNAMIC_CURRENT_ENV: symbol
  export function init(options?: InitOptions): void
  export function getWXContext(): WXContext
  export function database(): Database
  export function getTempFileURL(options: { fileList: string[] }): Promise<TempFileURLResult>
  export function deleteFile(options: { fileList: string[] }): Promise<DeleteFileResult>
  export function uploadFile(options: { cloudPath: string; fileContent: Buffer | NodeJS.ReadableStream }): Promise<UploadFileResult>
  export function downloadFile(options: { fileID: string }): Promise<DownloadFileResult>
  export const openapi: OpenApi
}
