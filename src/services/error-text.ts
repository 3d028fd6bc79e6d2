/** An error of a call as the user should read it: its own message, else `fallback`. */
export const errorText = (e: unknown, fallback = '操作失败，请重试'): string => (e instanceof Error && e.message ? e.message : fallback)
