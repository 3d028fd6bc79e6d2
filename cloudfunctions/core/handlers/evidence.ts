import { ActionError, MAX_PHOTOS_PER_ITEM, parseEvidencePath } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import { inspectStoredFile } from '../evidence/inspect'
import type { EvidenceFileRecord, SubmissionRecord } from '../ports'
import { callerSocietyId, nowIso, requireKnownItems } from './records'
import { requireYear } from './years'
import { changeOwnSubmission } from './submission'
import { bump } from '../domain/submission-change'
import { dropReadings, queueReading } from '../reading/reading-queue'
import { readingsOf } from '../reading/reading-view'
import { evidenceWindow, requireRemovable } from './recheck-evidence'
import { evidenceChanged } from '../evidence/evidence-changed'

interface PhotoRef {
  year: number
  itemId: string
  fileId: string
}

/** A photo may be registered only under the caller's own society, year and item folder. */
async function checkOwnPhoto(ctx: CallContext, { year, itemId, fileId }: PhotoRef): Promise<void> {
  requireKnownItems((await requireYear(ctx, year)).rubric, [itemId])
  const place = parseEvidencePath(fileId)
  if (!place || place.societyId !== callerSocietyId(ctx) || place.year !== year || place.itemId !== itemId) {
    throw new ActionError('FORBIDDEN', '只能登记本学会上传的照片')
  }
}

/**
 * The record with one item's file list replaced, its version and the item's version bumped; `added` is what
 * the server read of a newly registered file, and a file no longer listed anywhere loses its record.
 */
function withPhotos(
  ctx: CallContext,
  current: SubmissionRecord,
  itemId: string,
  photos: string[],
  added?: { fileId: string; file: EvidenceFileRecord },
): SubmissionRecord {
  const evidence = { ...current.evidence, [itemId]: photos }
  if (photos.length === 0) delete evidence[itemId]
  const listed = new Set(Object.values(evidence).flat())
  const evidenceFiles = Object.fromEntries(Object.entries(current.evidenceFiles ?? {}).filter(([id]) => listed.has(id)))
  if (added) evidenceFiles[added.fileId] = added.file
  const itemVersions = { ...current.itemVersions, [itemId]: current.version + 1 }
  return bump(current, nowIso(ctx), { evidence, itemVersions, evidenceFiles, lastSavedBy: ctx.caller.openid })
}

export const evidenceHandlers: Pick<
  Handlers,
  'submission.addPhoto' | 'submission.removePhoto' | 'evidence.urls' | 'evidence.readings'
> = {
  'submission.addPhoto': async (input, ctx) => {
    await checkOwnPhoto(ctx, input)
    // Read from storage before the write: the file must exist, be what its name says, and fit the limit.
    const file = await inspectStoredFile(ctx, input.fileId, input.name, nowIso(ctx))
    const { write } = await changeOwnSubmission(ctx, input.year, (_rubric, year) => (current) => {
      const window = evidenceWindow(ctx, current, year)
      const photos = current.evidence[input.itemId] ?? []
      if (photos.includes(input.fileId)) return current
      if (photos.length >= MAX_PHOTOS_PER_ITEM) {
        throw new ActionError('TOO_MANY_PHOTOS', `${input.itemId}最多上传${MAX_PHOTOS_PER_ITEM}个照片或文件`)
      }
      const record = window === 'recheck' ? { ...file, forRecheck: true } : file
      return withPhotos(ctx, current, input.itemId, [...photos, input.fileId], { fileId: input.fileId, file: record })
    })
    if (file.kind === 'photo') {
      const saved = write.after
      await queueReading(ctx, { fileId: input.fileId, itemId: input.itemId, year: input.year, submissionId: saved.id, societyId: saved.societyId })
    }
    return evidenceChanged(write, input.itemId, input.fileId, 'added')
  },

  'submission.removePhoto': async (input, ctx) => {
    await checkOwnPhoto(ctx, input)
    const { write } = await changeOwnSubmission(ctx, input.year, (_rubric, year) => (current) => {
      const window = evidenceWindow(ctx, current, year)
      const photos = current.evidence[input.itemId] ?? []
      if (!photos.includes(input.fileId)) return current
      requireRemovable(window, current, input.fileId)
      return withPhotos(ctx, current, input.itemId, photos.filter((id) => id !== input.fileId))
    })
    if (write.written) {
      // The registration is gone already; a file left behind is only wasted space.
      await ctx.files.delete([input.fileId]).catch((error) => console.error('删除照片文件失败', input.fileId, error))
      await dropReadings(ctx, [input.fileId])
    }
    return evidenceChanged(write, input.itemId, input.fileId, 'removed')
  },

  'evidence.urls': async ({ fileIds }, ctx) => {
    const user = ctx.caller.user
    const allowed =
      user?.role === 'filler'
        ? fileIds.filter((id) => parseEvidencePath(id)?.societyId === user.societyId)
        : fileIds
    return { urls: await ctx.files.tempUrls(allowed) }
  },

  'evidence.readings': async ({ year, itemId }, ctx) => {
    requireKnownItems((await requireYear(ctx, year)).rubric, [itemId])
    const record = await ctx.store.findSubmission(callerSocietyId(ctx), year)
    return { readings: record ? await readingsOf(ctx, record, itemId) : {} }
  },
}
