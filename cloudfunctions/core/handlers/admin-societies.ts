import { ActionError, MAX_IMPORT_BYTES, cleanCell, normalizePhone, planImport, type IssuedCode } from '../../../src/shared'
import type { CallContext, Handlers } from '../handler-types'
import type { SocietyRecord } from '../ports'
import { hashBindingCode } from './binding-code'
import { typedCode } from './one-time-code'
import { freshCodes, putSocieties, refuseTakenName, requireSociety } from './issue-codes'
import { audit, nowIso } from './records'
import { newSocietyView, societyView, societyViewData } from './society-view'

/** The societies the codes belong to, each code checked against its society's stored hash (a voided code is refused). */
async function societiesOfCodes(ctx: CallContext, codes: readonly { societyId: string; bindingCode: string }[]) {
  const byId = new Map((await ctx.store.listSocieties()).map((s) => [s.id, s]))
  return codes.map(({ societyId, bindingCode }) => {
    const society = byId.get(societyId)
    if (!society) throw new ActionError('NOT_FOUND', '没有找到该学会')
    if (society.bindingCodeHash !== hashBindingCode(bindingCode)) {
      throw new ActionError('BAD_BINDING_CODE', `“${society.name}”的绑定码已重新生成，这个旧码已作废`)
    }
    return { society, bindingCode: typedCode(bindingCode) }
  })
}

// exceljs and iconv-lite are installed in the admin function only, and loaded only when a file is read or written.
const importReader = () => import('../import/read-import-file')
const codeSheets = () => import('../reports/code-sheet')

const stamp = (date: Date) => date.toISOString().slice(0, 16).replace(/[-:T]/g, '')

export const adminSocietyHandlers: Pick<
  Handlers,
  | 'admin.readImportFile'
  | 'admin.importSocieties'
  | 'admin.updateSociety'
  | 'admin.reissueCodes'
  | 'admin.codeSheet'
  | 'admin.codeCards'
> = {
  'admin.readImportFile': async ({ fileId, fileName }, ctx) => {
    const bytes = await ctx.uploads.read(fileId, MAX_IMPORT_BYTES)
    if (!bytes) throw new ActionError('NOT_FOUND', '没有找到上传的文件，请重新选择文件')
    try {
      return await (await importReader()).readImportFile(bytes, fileName)
    } finally {
      await ctx.uploads.remove(fileId)
    }
  },

  'admin.importSocieties': async ({ rows, dryRun }, ctx) => {
    const existing = await ctx.store.listSocieties()
    const numbered = rows.map((r, i) => ({ row: r.row ?? i + 2, name: r.name, contact: r.contact ?? '', phone: r.phone ?? '' }))
    const { create, skipped } = planImport(
      numbered,
      existing.map((s) => s.name),
    )
    if (dryRun) {
      const preview = (p: (typeof create)[number]): IssuedCode => ({
        society: { id: '', name: p.name, contact: p.contact, phone: p.phone, active: true, boundUsers: 0, reviewer: null, status: null },
        bindingCode: '',
      })
      return { created: create.map(preview), skipped }
    }
    const codes = await freshCodes(ctx, create.length)
    const now = nowIso(ctx)
    const societies: SocietyRecord[] = create.map((p, i) => ({
      id: ctx.newId(),
      name: p.name,
      contact: p.contact,
      phone: p.phone,
      active: true,
      reviewerOpenid: null,
      bindingCodeHash: codes[i]!.hash,
      createdAt: now,
    }))
    await putSocieties(ctx, societies)
    await audit(ctx, 'admin.importSocieties', 'societies', null, { created: societies.length, skipped: skipped.length })
    return { created: societies.map((s, i) => ({ society: newSocietyView(s), bindingCode: codes[i]!.code })), skipped }
  },

  'admin.updateSociety': async ({ societyId, name, contact, phone, active }, ctx) => {
    const society = await requireSociety(ctx, societyId)
    if (name !== undefined) refuseTakenName(await ctx.store.listSocieties(), cleanCell(name), society.id)
    const updated: SocietyRecord = {
      ...society,
      ...(name !== undefined ? { name: cleanCell(name) } : {}),
      ...(contact !== undefined ? { contact: cleanCell(contact) } : {}),
      ...(phone !== undefined ? { phone: normalizePhone(phone) } : {}),
      ...(active !== undefined ? { active } : {}),
    }
    await ctx.store.putSociety(updated)
    const fields = (s: SocietyRecord) => ({ name: s.name, contact: s.contact, phone: s.phone ?? '', active: s.active ?? true })
    await audit(ctx, 'admin.updateSociety', society.id, fields(society), fields(updated))
    return societyView(updated, await societyViewData(ctx))
  },

  'admin.reissueCodes': async ({ societyIds }, ctx) => {
    const ids = [...new Set(societyIds)]
    const societies = await Promise.all(ids.map((id) => requireSociety(ctx, id)))
    const codes = await freshCodes(ctx, societies.length)
    const reissued = societies.map((s, i) => ({ ...s, bindingCodeHash: codes[i]!.hash }))
    await putSocieties(ctx, reissued)
    await audit(ctx, 'admin.reissueCodes', 'societies', null, { societyIds: ids })
    const data = await societyViewData(ctx)
    return { codes: reissued.map((s, i) => ({ society: societyView(s, data), bindingCode: codes[i]!.code })) }
  },

  'admin.codeSheet': async ({ codes }, ctx) => {
    const rows = (await societiesOfCodes(ctx, codes)).map(({ society, bindingCode }) => ({
      name: society.name,
      bindingCode,
      contact: society.contact,
      phone: society.phone ?? '',
    }))
    const now = ctx.clock.now()
    const sheet = await (await codeSheets()).buildCodeSheet(rows, now)
    return { fileName: `学会绑定码-${stamp(now)}.xlsx`, base64: sheet.toString('base64') }
  },

  'admin.codeCards': async ({ codes }, ctx) => {
    const cards = []
    for (const { society, bindingCode } of await societiesOfCodes(ctx, codes)) {
      const png = await ctx.qr.png(bindingCode)
      cards.push({ societyId: society.id, name: society.name, bindingCode, qrPng: Buffer.from(png).toString('base64') })
    }
    return { cards }
  },
}
