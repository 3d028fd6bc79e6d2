import { accessSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import { post, send } from './emulator-client'

/** One call the app made to `wx`: the API's name, its first argument, and whether it ran inside a tap's handler. */
export interface WxCall {
  api: string
  args: Record<string, unknown>
  inTap: boolean
  /** What the API answered the app (set once it has), or how it failed. */
  result?: unknown
  error?: unknown
}

type Answer = (args: Record<string, unknown>) => unknown

/**
 * The `wx` the mini-program sees in the layer: every call recorded; `cloud.callFunction` forwards
 * `{ action, input }` to the emulator's `/api/call` as the session in `cookie`; `cloud.uploadFile` posts the
 * temp file to `/api/upload`; `downloadFile` fetches the URL into a temp file; storage is a real in-memory store;
 * the pickers and dialogs answer what the test put in `answers` (a picker with no answer is cancelled, a modal is
 * confirmed, a subscribe request is refused).
 */
export class RecordedWx {
  readonly calls: WxCall[] = []
  /** The dev-login cookie of who is using the phone (set by `session.as(role)`). */
  cookie = ''
  /** While true, `cloud.callFunction` and `cloud.uploadFile` fail as a dropped network does. */
  offline = false
  /** Set by the simulator while a tap is dispatched: WeChat's rule for requestSubscribeMessage. */
  inTap = false
  /** Calls not yet answered (the simulator waits for none before a page counts as settled). */
  pending = 0
  readonly answers: Partial<Record<string, Answer>> = {}
  readonly storage = new Map<string, unknown>()
  readonly tempDir = mkdtempSync(join(tmpdir(), 'weapp-wx-'))
  private networkListeners: ((res: { isConnected: boolean; networkType: string }) => void)[] = []

  callsTo(api: string): WxCall[] {
    return this.calls.filter((call) => call.api === api)
  }

  /** The actions the app sent through `cloud.callFunction`, in order. */
  actions(): string[] {
    return this.callsTo('cloud.callFunction').map((call) => (call.args.data as { action: string }).action)
  }

  /** A temp file the pickers can hand to the app (as WeChat's `wxfile://tmp_…` paths are real files). */
  tempFile(name: string, bytes: Buffer): string {
    const path = join(this.tempDir, name)
    writeFileSync(path, bytes)
    return path
  }

  /** Tells the app's network listeners that the network came back or went away. */
  setOnline(online: boolean): void {
    this.offline = !online
    for (const listener of this.networkListeners) listener({ isConnected: online, networkType: online ? 'wifi' : 'none' })
  }

  private record(api: string, args: unknown): WxCall {
    const call: WxCall = { api, args: (args ?? {}) as Record<string, unknown>, inTap: this.inTap }
    this.calls.push(call)
    return call
  }

  /** A callback-style API that also answers a promise (as wx.cloud's do). */
  private api(api: string, run: Answer) {
    return (args?: unknown) => {
      const call = this.record(api, args)
      const options = call.args
      this.pending += 1
      const settle = Promise.resolve()
        .then(() => run(options))
        .then(
          (result) => (call.result = result),
          (error: unknown) => {
            call.error = error
            throw error
          },
        )
        .finally(() => (this.pending -= 1))
      const callback = (name: string) => options[name] as ((value: unknown) => void) | undefined
      settle.then(
        (result) => {
          callback('success')?.(result)
          callback('complete')?.(result)
        },
        (error: unknown) => {
          callback('fail')?.(error)
          callback('complete')?.(error)
        },
      )
      if (options.success || options.fail) settle.catch(() => undefined)
      return settle
    }
  }

  /** An API answered by the test (`answers[api]`), or by `fallback` when the test set none. */
  private answered(api: string, fallback: Answer) {
    return this.api(api, (options) => (this.answers[api] ?? fallback)(options))
  }

  private failIfOffline(api: string): void {
    if (this.offline) throw { errMsg: `${api}:fail network error` }
  }

  /** The object merged over miniprogram-simulate's own `wx`. */
  build(): Record<string, unknown> {
    const ok = (api: string) => this.api(api, () => ({ errMsg: `${api}:ok` }))
    const cancelled = (api: string) => () => Promise.reject({ errMsg: `${api}:fail cancel` })
    return {
      cloud: {
        init: (options: unknown) => void this.record('cloud.init', options),
        callFunction: this.api('cloud.callFunction', async ({ data }) => {
          this.failIfOffline('cloud.callFunction')
          const answer = await post('/api/call', JSON.stringify(data), { 'Content-Type': 'application/json', Cookie: this.cookie })
          return { errMsg: 'cloud.callFunction:ok', result: JSON.parse(answer.body) as unknown }
        }),
        uploadFile: this.answered('cloud.uploadFile', (options) => this.upload(options)),
      },
      chooseMedia: this.answered('chooseMedia', cancelled('chooseMedia')),
      chooseMessageFile: this.answered('chooseMessageFile', cancelled('chooseMessageFile')),
      requestSubscribeMessage: this.answered('requestSubscribeMessage', cancelled('requestSubscribeMessage')),
      showModal: this.answered('showModal', () => ({ confirm: true, cancel: false })),
      getImageInfo: this.api('getImageInfo', ({ src }) => {
        const { width, height } = jpeg.decode(readFileSync(String(src)), { useTArray: true })
        return { width, height, path: src, type: 'jpeg' }
      }),
      compressImage: this.api('compressImage', (options) => this.compress(options)),
      downloadFile: this.answered('downloadFile', async ({ url }) => {
        this.failIfOffline('downloadFile')
        const answer = await send('GET', String(url), '', { Cookie: this.cookie })
        return { errMsg: 'downloadFile:ok', statusCode: answer.status, tempFilePath: this.tempFile(`download-${this.calls.length}`, answer.bytes) }
      }),
      openDocument: ok('openDocument'),
      // The user data folder is a real folder of the temp one: it outlives a restart, as the phone's does.
      env: { USER_DATA_PATH: join(this.tempDir, 'usr') },
      getFileSystemManager: () => ({
        accessSync: (path: string) => accessSync(path),
        mkdirSync: (path: string, recursive?: boolean) => void mkdirSync(path, { recursive: !!recursive }),
        copyFileSync: (from: string, to: string) => {
          this.record('fs.copyFileSync', { from, to })
          copyFileSync(from, to)
        },
        unlinkSync: (path: string) => {
          this.record('fs.unlinkSync', { path })
          unlinkSync(path)
        },
        // The app writes under wx.env.USER_DATA_PATH; here the file lands in the temp folder, under its own name.
        writeFile: this.api('fs.writeFile', ({ filePath, data, encoding }) => {
          const name = String(filePath).split('/').pop() ?? 'file'
          this.tempFile(name, Buffer.from(String(data), encoding === 'base64' ? 'base64' : 'utf8'))
          return { errMsg: 'writeFile:ok' }
        }),
      }),
      setClipboardData: ok('setClipboardData'),
      previewImage: ok('previewImage'),
      makePhoneCall: ok('makePhoneCall'),
      showToast: ok('showToast'),
      showLoading: ok('showLoading'),
      hideLoading: ok('hideLoading'),
      pageScrollTo: ok('pageScrollTo'),
      navigateTo: ok('navigateTo'),
      redirectTo: ok('redirectTo'),
      reLaunch: ok('reLaunch'),
      navigateBack: ok('navigateBack'),
      switchTab: ok('switchTab'),
      getNetworkType: this.api('getNetworkType', () => ({ networkType: this.offline ? 'none' : 'wifi' })),
      onNetworkStatusChange: (listener: (res: { isConnected: boolean; networkType: string }) => void) => {
        this.networkListeners.push(listener)
      },
      offNetworkStatusChange: (listener?: (res: { isConnected: boolean; networkType: string }) => void) => {
        this.networkListeners = listener ? this.networkListeners.filter((l) => l !== listener) : []
      },
      setStorageSync: (key: string, value: unknown) => void this.storage.set(key, value),
      getStorageSync: (key: string) => (this.storage.has(key) ? this.storage.get(key) : ''),
      removeStorageSync: (key: string) => void this.storage.delete(key),
      getStorageInfoSync: () => ({ keys: [...this.storage.keys()], currentSize: 0, limitSize: 10240 }),
    }
  }

  /** As wx.cloud.uploadFile does, into the emulator (a test's own answer for `cloud.uploadFile` may call it). */
  async upload({ cloudPath, filePath }: Record<string, unknown>) {
    this.failIfOffline('cloud.uploadFile')
    const query = `/api/upload?fileId=${encodeURIComponent(String(cloudPath))}`
    const answer = await post(query, readFileSync(String(filePath)), { Cookie: this.cookie })
    const result = JSON.parse(answer.body) as { ok: boolean; data?: { fileId: string } }
    if (!result.ok || !result.data) throw { errMsg: `cloud.uploadFile:fail ${answer.body}` }
    return { errMsg: 'cloud.uploadFile:ok', fileID: result.data.fileId, statusCode: 200 }
  }

  /** As wx.compressImage does: a smaller JPEG of the photo (nearest-neighbour scale to the asked width or height). */
  private compress({ src, quality, compressedWidth, compressedHeight }: Record<string, unknown>) {
    const image = jpeg.decode(readFileSync(String(src)), { useTArray: true })
    const scale = compressedWidth ? Number(compressedWidth) / image.width : compressedHeight ? Number(compressedHeight) / image.height : 1
    const width = Math.round(image.width * scale)
    const height = Math.round(image.height * scale)
    const data = Buffer.alloc(width * height * 4)
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const from = (Math.floor(y / scale) * image.width + Math.floor(x / scale)) * 4
        data.set(image.data.subarray(from, from + 4), (y * width + x) * 4)
      }
    }
    const encoded = jpeg.encode({ data, width, height }, Number(quality ?? 80)).data
    return { errMsg: 'compressImage:ok', tempFilePath: this.tempFile(`compressed-${this.calls.length}.jpg`, encoded) }
  }
}
