import { ItemAnswer } from '../../shared'
import * as z from '../../shared/zod'

/** What `submission.saveAnswers` answers with CONFLICT: the items another device changed, and the new version. */
const ConflictDetails = z.object({
  conflicts: z.array(z.object({ itemId: z.string(), server: z.optional(z.nullable(ItemAnswer)) })),
  version: z.number(),
  itemVersions: z.optional(z.record(z.string(), z.number())),
})

export interface ServerConflict {
  readonly itemId: string
  readonly server: ItemAnswer | null
}

export function parseConflictDetails(details: unknown): { conflicts: ServerConflict[]; version: number } | null {
  const parsed = ConflictDetails.safeParse(details)
  if (!parsed.success) return null
  return {
    version: parsed.data.version,
    conflicts: parsed.data.conflicts.map((c) => ({ itemId: c.itemId, server: c.server ?? null })),
  }
}
