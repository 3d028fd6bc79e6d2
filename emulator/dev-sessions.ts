import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Database } from 'better-sqlite3'
import { readCookie } from './http'

/**
 * The emulator's dev-only identity: a random session token in an HttpOnly cookie, mapped to an openid in the
 * database (so a restart keeps the browser logged in). The request body never says who the caller is.
 */
export const SESSION_COOKIE = 'emulator_session'

/** Openids the dev login accepts: the seeded ones and any `dev-new-…` brand-new user. */
export const DEV_OPENID = /^dev-[a-z0-9-]{1,40}$/

/** What the emulator says to a caller without a session (the production message speaks of WeChat). */
export const LOGIN_FIRST = '尚未选择身份：请在“选择身份（开发用）”页面选择一个演示身份'

export interface DevSessions {
  /** Starts a session for `openid`; answers the Set-Cookie header value. */
  login(openid: string): string
  /** Ends the request's session; answers the Set-Cookie header value that clears the cookie. */
  logout(req: IncomingMessage): string
  /** The openid of the request's session, or null. */
  openidOf(req: IncomingMessage): string | null
}

export function devSessions(db: Database): DevSessions {
  db.exec(`CREATE TABLE IF NOT EXISTS dev_sessions (
    token TEXT PRIMARY KEY,
    openid TEXT NOT NULL,
    created_at TEXT NOT NULL
  )`)
  const insert = db.prepare('INSERT INTO dev_sessions (token, openid, created_at) VALUES (?, ?, ?)')
  const remove = db.prepare('DELETE FROM dev_sessions WHERE token = ?')
  const find = db.prepare<[string], { openid: string }>('SELECT openid FROM dev_sessions WHERE token = ?')
  const cookie = (value: string, maxAge: number) =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}`

  return {
    login(openid) {
      const token = randomBytes(32).toString('hex')
      insert.run(token, openid, new Date().toISOString())
      return cookie(token, 30 * 24 * 3600)
    },
    logout(req) {
      const token = readCookie(req, SESSION_COOKIE)
      if (token) remove.run(token)
      return cookie('', 0)
    },
    openidOf(req) {
      const token = readCookie(req, SESSION_COOKIE)
      return token ? (find.get(token)?.openid ?? null) : null
    },
  }
}
