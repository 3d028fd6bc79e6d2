import { ADMIN_OPENID, REVIEWER_OPENID } from '../../../emulator/seed'
import { fullPatch } from '../../emulator/fill-in'
import { loginAs, mustCall } from './emulator-client'

/**
 * The people a weapp test acts as, made through the emulator's API on the layer's one emulator. Each test file
 * makes its own filler (its own society), so files never share a submission.
 */
export const YEAR = 2022

export interface Person {
  openid: string
  cookie: string
}

export async function person(openid: string): Promise<Person> {
  return { openid, cookie: await loginAs(openid) }
}

export const admin = () => person(ADMIN_OPENID)
export const reviewer = () => person(REVIEWER_OPENID)

/** A dev openid no one has used yet (brand new to the app), named after `tag`. */
export const newOpenid = (tag: string) => `dev-weapp-${tag}-${Date.now().toString(36)}`

/** A filler bound to a society of their own, registered by the admin for this test. */
export async function newFiller(tag: string): Promise<Person & { societyName: string }> {
  const societyName = `微信测试学会${tag}`
  const issued = await mustCall<{ bindingCode: string }>((await admin()).cookie, 'admin.registerSociety', { name: societyName })
  const filler = await person(newOpenid(tag))
  await mustCall(filler.cookie, 'account.bind', { bindingCode: issued.bindingCode, name: '王微信', phone: '13900139000' })
  return { ...filler, societyName }
}

/** The filler's whole 2022 form answered and submitted; answers the submission's id. */
export async function submitAll(filler: Person): Promise<string> {
  const draft = await mustCall<{ version: number }>(filler.cookie, 'submission.get', { year: YEAR })
  await mustCall(filler.cookie, 'submission.saveAnswers', { year: YEAR, baseVersion: draft.version, patch: fullPatch() })
  return (await mustCall<{ id: string }>(filler.cookie, 'submission.submit', { year: YEAR })).id
}
