import type { Role } from '../../shared'

/**
 * The emulator's dev-only identity endpoints, for the H5 build's dev-login page. Nothing in the mini-program
 * imports this file: there, WeChat says who the user is.
 */
export interface DevIdentity {
  openid: string
  label: string
  role: Role | null
  societyName: string | null
}

const UNREACHABLE = '无法连接本地模拟环境，请确认 npm start 正在运行'

async function request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  let answer: { ok?: boolean; data?: unknown; message?: string }
  try {
    const response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    answer = (await response.json()) as typeof answer
  } catch {
    throw new Error(UNREACHABLE)
  }
  if (!answer.ok) throw new Error(answer.message ?? UNREACHABLE)
  return answer.data
}

export const fetchIdentities = () => request('GET', '/api/dev/identities') as Promise<DevIdentity[]>

export const devLogin = (openid: string) => request('POST', '/api/dev/login', { openid }) as Promise<DevIdentity>

export const devLogout = () => request('POST', '/api/dev/logout') as Promise<null>

/**
 * Opens `path` in a freshly loaded app. After switching identity nothing of the previous one may stay in
 * memory (who am I, a failed "not logged in" lookup, the drafts, photo URLs), and a page load drops it all.
 */
export function restartAt(path: string): void {
  window.location.replace(`${window.location.pathname}#${path}`)
  window.location.reload()
}
