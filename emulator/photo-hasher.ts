import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { HASH_TIMEOUT_MS } from '../cloudfunctions/core/files/limits'
import type { PhotoHash, PhotoHasher } from '../cloudfunctions/core/ports'

/** A photo that was not hashed (the decoder gave up or failed): compared by its exact SHA-256 only. */
const NOT_HASHED: PhotoHash = { undecodable: false, dhash: null }

const WORKER_MODULE = join(__dirname, 'photo-hash-worker.ts')

interface Waiting {
  thread: Worker
  resolve(hashed: PhotoHash): void
  timer: NodeJS.Timeout
}

/**
 * Decodes photos on a worker thread, one at a time, so that a large photo never stalls other users' calls
 * (the event loop only waits for the answer). A photo taking longer than HASH_TIMEOUT_MS ends the worker and
 * is not hashed; a new worker starts with the next photo.
 */
export function workerPhotoHasher(): PhotoHasher & { close(): Promise<void> } {
  let worker: Worker | null = null
  let nextId = 0
  const waiting = new Map<number, Waiting>()

  /** Every photo still waiting on `thread`, answered as not hashed. */
  const giveUp = (thread: Worker) => {
    for (const [id, wait] of waiting) {
      if (wait.thread !== thread) continue
      clearTimeout(wait.timer)
      wait.resolve(NOT_HASHED)
      waiting.delete(id)
    }
  }
  const start = (): Worker => {
    // The emulator runs from TypeScript sources: the thread loads its module through tsx's require hook.
    const source = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(WORKER_MODULE)})`
    const started = new Worker(source, { eval: true })
    started.unref()
    started.on('message', ({ id, hashed }: { id: number; hashed: PhotoHash }) => {
      const wait = waiting.get(id)
      if (!wait) return
      clearTimeout(wait.timer)
      waiting.delete(id)
      wait.resolve(hashed)
    })
    // A thread ended on purpose (timeout, close) is no longer `worker` by then: only a crash is reported.
    const lost = (why: unknown) => {
      if (worker === started) {
        worker = null
        console.error('照片解码线程退出', why)
      }
      giveUp(started)
    }
    started.on('error', lost)
    started.on('exit', (code) => lost(`exit ${code}`))
    return started
  }

  return {
    hash(bytes) {
      const thread = (worker ??= start())
      const id = ++nextId
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          console.error(`照片解码超过 ${HASH_TIMEOUT_MS / 1000} 秒，已放弃（只按完全相同比对）`)
          if (worker === thread) worker = null
          void thread.terminate()
        }, HASH_TIMEOUT_MS)
        waiting.set(id, { thread, resolve, timer })
        thread.postMessage({ id, bytes })
      })
    },
    async close() {
      const thread = worker
      worker = null
      if (thread) await thread.terminate()
    },
  }
}

/** How many photos' hashes are kept: a registration follows its upload within seconds. */
const REMEMBERED_PHOTOS = 256

/**
 * A hasher that keeps the last hashes it was asked for, by the photo's SHA-256 (the same bytes always hash the
 * same): the upload route starts a photo's hash as soon as the photo is stored, and the registration that
 * follows finds it done or under way instead of waiting for the worker from the start. The registration still
 * gets the decoder's own verdict (an undecodable photo is refused there as before).
 */
export function rememberingHasher(hasher: PhotoHasher): PhotoHasher {
  const hashes = new Map<string, Promise<PhotoHash>>()
  return {
    hash(bytes) {
      const key = createHash('sha256').update(bytes).digest('hex')
      const known = hashes.get(key)
      if (known) return known
      const hashed = hasher.hash(bytes)
      hashes.set(key, hashed)
      if (hashes.size > REMEMBERED_PHOTOS) hashes.delete(hashes.keys().next().value!)
      return hashed
    },
  }
}
