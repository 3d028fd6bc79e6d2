import type { RunningEmulator } from '../../emulator/server'
import type { ActionResult } from '../../src/shared'
import { Client, PNG } from '../emulator/harness'
import type { Driver } from './world'

/** The emulator's HTTP endpoint, one browser (session cookie) per identity; the body never names the caller. */
export function httpDriver(emulator: RunningEmulator): Driver & { client(openid: string | null): Promise<Client> } {
  const clients = new Map<string | null, Client>()
  let openids = 0
  const client = async (openid: string | null) => {
    let found = clients.get(openid)
    if (!found) {
      found = new Client(emulator)
      if (openid) {
        const login = await found.login(openid)
        if (login.status !== 200) throw new Error(`login ${openid}: ${login.status}`)
      }
      clients.set(openid, found)
    }
    return found
  }
  return {
    admin: 'dev-admin',
    client,
    fresh: (tag) => `dev-${tag}-${++openids}-${Math.random().toString(36).slice(2, 8)}`,
    async call(openid, event) {
      const answer = await (await client(openid)).send('/api/call', { method: 'POST', body: JSON.stringify(event) })
      return answer.body as ActionResult<unknown>
    },
    async storePhoto(openid, fileId, bytes = PNG) {
      const answer = await (await client(openid)).upload(fileId, bytes)
      if (!answer.body.ok) throw new Error(`upload ${fileId}: ${answer.body.code}`)
    },
  }
}
