import type * as z from '../../shared/zod'

/** The first problem the server's own schema finds in a value, in Chinese; null when it is fine. */
export function fieldProblem(schema: z.ZodMiniType, value: unknown): string | null {
  const result = schema.safeParse(value)
  return result.success ? null : (result.error.issues[0]?.message ?? '格式不正确')
}

/** An error of a call as the user should read it. */
export const errorText = (e: unknown, fallback = '操作失败，请重试'): string => (e instanceof Error && e.message ? e.message : fallback)
