import { connect } from 'node:net'

/**
 * Sends raw bytes to 127.0.0.1:`port` and answers what comes back (up to `waitMs` after the last byte), or
 * with `hangUp`, destroys the socket right after sending: a client that dies half way.
 */
export function rawRequest(port: number, bytes: Buffer | string, options: { hangUp?: boolean; waitMs?: number } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    const chunks: Buffer[] = []
    const done = () => resolve(Buffer.concat(chunks).toString('latin1'))
    socket.on('data', (c: Buffer) => chunks.push(c))
    socket.on('error', done)
    socket.on('close', done)
    socket.write(bytes, () => {
      if (options.hangUp) socket.destroy()
      else setTimeout(() => socket.destroy(), options.waitMs ?? 2000).unref()
    })
  })
}

/** The status code of a raw HTTP answer, or 0 when none came. */
export const statusOf = (answer: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)
