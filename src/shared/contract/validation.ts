import type * as z from '../zod'
import { ActionError } from './errors'

/** Parses with a contract schema; a failure becomes INVALID_INPUT with every problem, each naming its field. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown, what = '输入'): z.infer<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data as z.infer<S>
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.filter((p) => typeof p !== 'symbol').join('.')
    const message =
      issue.code === 'unrecognized_keys'
        ? `不认识的字段：${issue.keys.join('、')}`
        : issue.message === 'Invalid input' || issue.message.startsWith('Invalid')
          ? '格式不正确'
          : issue.message
    return where ? `${where}：${message}` : message
  })
  throw new ActionError('INVALID_INPUT', `${what}有误：${problems.join('；')}`, { problems })
}
