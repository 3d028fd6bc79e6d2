import type { ItemAnswer } from '../../shared'

/** What `submission.saveAnswers` answers with CONFLICT: the items another device changed, and the new version. */
export interface ServerConflict {
  readonly itemId: string
  readonly server: ItemAnswer | null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Reads the CONFLICT details, or null when they are not what the server sends (the store then reloads).
 * The other device's answers were checked by the server when it saved them; only the shape is checked here,
 * by hand, because this runs in the main package, which does without zod.
 */
export function parseConflictDetails(details: unknown): { conflicts: ServerConflict[]; version: number } | null {
  if (!isRecord(details) || typeof details.version !== 'number' || !Array.isArray(details.conflicts)) return null
  const conflicts: ServerConflict[] = []
  for (const entry of details.conflicts as unknown[]) {
    if (!isRecord(entry) || typeof entry.itemId !== 'string') return null
    const server = entry.server ?? null
    if (server !== null && !isRecord(server)) return null
    conflicts.push({ itemId: entry.itemId, server: server as ItemAnswer | null })
  }
  return { version: details.version, conflicts }
}
