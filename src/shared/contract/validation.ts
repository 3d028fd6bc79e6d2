import type * as z from '../zod'
import { ActionError } from './errors'

/** At most this many problems are reported, so that a hostile input cannot make the answer huge. */
export const MAX_REPORTED_PROBLEMS = 20

/** Parses with a contract schema; a failure becomes INVALID_INPUT listing its problems, each naming its field. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown, what = '输入'): z.infer<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data as z.infer<S>
  const issues = result.error.issues
  const problems = issues.slice(0, MAX_REPORTED_PROBLEMS).map((issue) => {
    const where = issue.path.flatMap((p) => (typeof p === 'symbol' ? [] : [String(p).slice(0, 40)])).join('.')
    const message =
      issue.code === 'unrecognized_keys'
        ? `不认识的字段：${issue.keys.slice(0, MAX_REPORTED_PROBLEMS).map((k) => k.slice(0, 40)).join('、')}`
        : issue.message === 'Invalid input' || issue.message.startsWith('Invalid')
          ? '格式不正确'
          : issue.message
    return where ? `${where}：${message}` : message
  })
  const more = issues.length > problems.length ? `；等共${issues.length}处问题` : ''
  throw new ActionError('INVALID_INPUT', `${what}有误：${problems.join('；')}${more}`, { problems })
}
