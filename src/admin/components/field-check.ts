import type * as z from '../../shared/zod'

/** The first problem the server's own schema finds in a value, in Chinese; null when it is fine. */
export function fieldProblem(schema: z.ZodMiniType, value: unknown): string | null {
  const result = schema.safeParse(value)
  return result.success ? null : (result.error.issues[0]?.message ?? '格式不正确')
}

export { errorText } from '../../services/error-text'
