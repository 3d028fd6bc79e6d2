import type { IncomingMessage, ServerResponse } from 'node:http'
import { DEFAULT_MESSAGE, type ErrorCode } from '../src/shared/contract/errors'

/** Small HTTP helpers for the emulator's routes: JSON answers, typed errors, bounded bodies, cookies. */

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  })
  res.end(text)
}

/** A transport-level failure, in the same shape as an action's failure. */
export function sendError(res: ServerResponse, status: number, code: ErrorCode, message = DEFAULT_MESSAGE[code]): void {
  sendJson(res, status, { ok: false, code, message })
}

export type BodyResult = { ok: true; body: Buffer } | { ok: false; tooLarge: true }

/** The client went away before its request's body was whole: nobody is left to answer. */
export class ClientAbortError extends Error {
  constructor() {
    super('客户端在请求发送完之前断开了连接')
    this.name = 'ClientAbortError'
  }
}

/** Beyond this many bytes a request's body is no longer read, only cut off. */
const DISCARD_LIMIT = 64 * 1024 * 1024

/**
 * Reads the whole body up to `limit` bytes. A larger body is read to its end and dropped, so that the client
 * still receives the answer that says it was too large. Rejects with ClientAbortError when the client hangs up.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = declared > limit
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      if (size > DISCARD_LIMIT) req.destroy()
      else if (!tooLarge) chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? { ok: false, tooLarge: true } : { ok: true, body: Buffer.concat(chunks) }))
    req.on('error', () => reject(new ClientAbortError()))
    // A socket closed half way may end the request without 'end' or 'error': never leave the caller waiting.
    req.on('close', () => {
      if (!req.complete) reject(new ClientAbortError())
    })
  })
}

/** Drops a body the route will not use, so that the answer reaches the client whole. */
export async function discardBody(req: IncomingMessage): Promise<void> {
  await readBody(req, 0).catch(() => undefined)
}

/** A cookie value as sent; null when its escapes are malformed (`%E0%A4%A`): such a cookie is no cookie. */
function decodeCookieValue(raw: string): string | null {
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

export function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeCookieValue(part.slice(eq + 1).trim())
  }
  return null
}

/** The request's path without its query, undecoded. */
export const rawPath = (req: IncomingMessage): string => (req.url ?? '/').split('?')[0] ?? '/'

export const queryParam = (req: IncomingMessage, name: string): string | null =>
  new URLSearchParams((req.url ?? '').split('?')[1] ?? '').get(name)
