/** The emulator's photo decoder thread: hashes each photo it is sent, so that decoding never blocks a request. */
import { parentPort } from 'node:worker_threads'
import { photoHash } from '../cloudfunctions/core/evidence/photo-hash'

parentPort?.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  parentPort?.postMessage({ id, hashed: photoHash(bytes) })
})
