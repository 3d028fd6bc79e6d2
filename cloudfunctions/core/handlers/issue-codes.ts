import { ActionError, societyNameKey } from '../../../src/shared'
import type { CallContext } from '../handler-types'
import type { SocietyRecord } from '../ports'
import { hashBindingCode, newBindingCode } from './binding-code'

/** Fresh codes that no society holds and that differ from each other: one per society being issued one. */
export async function freshCodes(ctx: CallContext, count: number): Promise<{ code: string; hash: string }[]> {
  const taken = new Set((await ctx.store.listSocieties()).map((s) => s.bindingCodeHash))
  const codes: { code: string; hash: string }[] = []
  while (codes.length < count) {
    const code = newBindingCode()
    const hash = hashBindingCode(code)
    if (taken.has(hash)) continue
    taken.add(hash)
    codes.push({ code, hash })
  }
  return codes
}

/** Writes records a few at a time: a cloud database call each, without flooding it. */
export async function putSocieties(ctx: CallContext, societies: readonly SocietyRecord[]): Promise<void> {
  const AT_ONCE = 20
  for (let i = 0; i < societies.length; i += AT_ONCE) {
    await Promise.all(societies.slice(i, i + AT_ONCE).map((s) => ctx.store.putSociety(s)))
  }
}

export async function requireSociety(ctx: CallContext, id: string): Promise<SocietyRecord> {
  const society = await ctx.store.getSociety(id)
  if (!society) throw new ActionError('NOT_FOUND', '没有找到该学会')
  return society
}

/** Refuses a name another society already has (compared without spaces). */
export function refuseTakenName(societies: readonly SocietyRecord[], name: string, exceptId?: string): void {
  const key = societyNameKey(name)
  const other = societies.find((s) => s.id !== exceptId && societyNameKey(s.name) === key)
  if (other) throw new ActionError('INVALID_INPUT', `学会名称“${name}”已登记`)
}
