import ExcelJS from 'exceljs'
import { MAX_IMPORT_ROWS } from '../../src/shared'
import { ADMIN, STRANGER, useHarness } from './harness'
import { csvGbk, societyRows, xlsxOf } from './import-fixtures'

const h = useHarness()

const rows = [
  { name: '自治区气象学会', contact: '王老师', phone: '13800138000' },
  { name: '  ', contact: '空名', phone: '' },
  { name: '自治区 气象学会', contact: '重复', phone: '' },
  { name: '新疆计算机学会', contact: '已登记', phone: '' },
  { name: '自治区数学会', contact: '李老师', phone: '12345' },
  { name: '自治区化学会', contact: '', phone: '0991-1234567' },
]

describe('admin.importSocieties', () => {
  it('previews with dryRun: what would be created and every skipped row with its row number and why, writing nothing', async () => {
    const before = await h.store.listSocieties()
    const preview = await h.ok(ADMIN, 'admin.importSocieties', { rows, dryRun: true })
    expect(preview.created.map((c) => [c.society.name, c.bindingCode])).toEqual([
      ['自治区气象学会', ''],
      ['自治区化学会', ''],
    ])
    expect(preview.skipped).toEqual([
      { row: 3, name: '', reason: '学会名称为空' },
      { row: 4, name: '自治区 气象学会', reason: '与第2行重复' },
      { row: 5, name: '新疆计算机学会', reason: '该学会已登记' },
      { row: 6, name: '自治区数学会', reason: expect.stringContaining('联系电话“12345”格式不正确') },
    ])
    expect(await h.store.listSocieties()).toEqual(before)
  })

  it('creates the societies the preview named, each with its own code, and reports the same skipped rows', async () => {
    const preview = await h.ok(ADMIN, 'admin.importSocieties', { rows, dryRun: true })
    const done = await h.ok(ADMIN, 'admin.importSocieties', { rows })
    expect(done.skipped).toEqual(preview.skipped)
    expect(done.created.map((c) => c.society.name)).toEqual(preview.created.map((c) => c.society.name))
    const codes = done.created.map((c) => c.bindingCode)
    expect(new Set(codes).size).toBe(2)
    expect(done.created[1]!.society).toMatchObject({ name: '自治区化学会', phone: '0991-1234567', active: true, boundUsers: 0 })
    const bound = await h.ok(STRANGER, 'account.bind', { bindingCode: codes[0]!, name: '吴填报', phone: '13800000000' })
    expect(bound.society?.name).toBe('自治区气象学会')
    expect((await h.store.listSocieties()).map((s) => s.name)).toContain('自治区化学会')
  })

  it('uses the row numbers the client read from the file', async () => {
    const { skipped } = await h.ok(ADMIN, 'admin.importSocieties', { rows: [{ name: '', row: 17 }], dryRun: true })
    expect(skipped).toEqual([{ row: 17, name: '', reason: '学会名称为空' }])
  })

  it(`takes ${MAX_IMPORT_ROWS} rows in one call and refuses more`, async () => {
    const many = (n: number) => societyRows(n).map(([name, contact, phone]) => ({ name: name!, contact, phone }))
    expect((await h.ok(ADMIN, 'admin.importSocieties', { rows: many(MAX_IMPORT_ROWS) })).created).toHaveLength(MAX_IMPORT_ROWS)
    expect(await h.fail(ADMIN, 'admin.importSocieties', { rows: many(MAX_IMPORT_ROWS + 1) })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining(`一次最多导入${MAX_IMPORT_ROWS}行`),
    })
  })
})

describe('admin.readImportFile', () => {
  it('reads an uploaded .xlsx and removes the upload once read', async () => {
    h.uploads.files.set('up-1', await xlsxOf([['学会名称', '联系人'], ['自治区气象学会', '王老师']]))
    const read = await h.ok(ADMIN, 'admin.readImportFile', { fileId: 'up-1', fileName: '名单.xlsx' })
    expect(read.rows).toEqual([{ row: 2, name: '自治区气象学会', contact: '王老师', phone: '' }])
    expect(h.uploads.removed).toEqual(['up-1'])
  })

  it('reads a GBK CSV, and removes the upload even when the file is refused', async () => {
    h.uploads.files.set('up-2', csvGbk([['学会名称'], ['自治区数学会']]))
    expect((await h.ok(ADMIN, 'admin.readImportFile', { fileId: 'up-2', fileName: 'a.csv' })).rows[0]?.name).toBe('自治区数学会')
    h.uploads.files.set('up-3', csvGbk([['名称'], ['x']]))
    expect(await h.fail(ADMIN, 'admin.readImportFile', { fileId: 'up-3', fileName: 'a.csv' })).toMatchObject({ code: 'INVALID_INPUT' })
    expect(h.uploads.removed).toEqual(['up-2', 'up-3'])
  })

  it('answers NOT_FOUND for an upload that is not there', async () => {
    expect(await h.fail(ADMIN, 'admin.readImportFile', { fileId: 'nope', fileName: 'a.csv' })).toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('binding-code sheet and cards', () => {
  it('writes an .xlsx of society → code → contact → phone, formula-like text stored as text', async () => {
    const { created } = await h.ok(ADMIN, 'admin.importSocieties', {
      rows: [
        { name: '=HYPERLINK("http://x","点我")', contact: '+王', phone: '' },
        { name: '自治区气象学会', contact: '王老师', phone: '13800138000' },
      ],
    })
    const sheet = await h.ok(ADMIN, 'admin.codeSheet', {
      codes: created.map((c) => ({ societyId: c.society.id, bindingCode: c.bindingCode })),
    })
    expect(sheet.fileName).toMatch(/^学会绑定码-\d{12}\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(sheet.base64, 'base64') as unknown as ArrayBuffer)
    const ws = workbook.getWorksheet('绑定码')!
    const text = (r: number, c: number) => ws.getRow(r).getCell(c).text
    expect([1, 2, 3].map((r) => [text(r, 1), text(r, 2), text(r, 3), text(r, 4)])).toEqual([
      ['学会名称', '绑定码', '联系人', '联系电话'],
      ['=HYPERLINK("http://x","点我")', created[0]!.bindingCode, '+王', ''],
      ['自治区气象学会', created[1]!.bindingCode, '王老师', '13800138000'],
    ])
    for (let r = 1; r <= 3; r++) ws.getRow(r).eachCell((cell) => expect(cell.formula).toBeUndefined())
    expect(ws.getRow(2).getCell(1).numFmt).toBe('@')
  })

  it('refuses a code that is no longer the society’s (reissued since)', async () => {
    const { bindingCode } = await h.ok(ADMIN, 'admin.reissueCode', { societyId: h.societyA.id })
    const codes = [{ societyId: h.societyA.id, bindingCode: h.societyA.code }]
    expect(await h.fail(ADMIN, 'admin.codeSheet', { codes })).toMatchObject({ code: 'BAD_BINDING_CODE', message: expect.stringContaining('已作废') })
    const cards = await h.ok(ADMIN, 'admin.codeCards', { codes: [{ societyId: h.societyA.id, bindingCode }] })
    expect(cards.cards).toEqual([
      { societyId: h.societyA.id, name: '新疆计算机学会', bindingCode, qrPng: Buffer.from(`QR:${bindingCode}`).toString('base64') },
    ])
  })

  it('reissues codes for a selection: each old code void, each new one binds its own society', async () => {
    const { codes } = await h.ok(ADMIN, 'admin.reissueCodes', { societyIds: [h.societyA.id, h.societyB.id] })
    expect(codes.map((c) => c.society.id)).toEqual([h.societyA.id, h.societyB.id])
    expect(await h.fail(STRANGER, 'account.bind', { bindingCode: h.societyB.code, name: '吴填报', phone: '13800000000' })).toMatchObject({
      code: 'BAD_BINDING_CODE',
    })
    const me = await h.ok(STRANGER, 'account.bind', { bindingCode: codes[1]!.bindingCode, name: '吴填报', phone: '13800000000' })
    expect(me.society?.id).toBe(h.societyB.id)
    expect(await h.fail(ADMIN, 'admin.reissueCodes', { societyIds: ['nope'] })).toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('admin.updateSociety', () => {
  it('renames and edits the contact, refusing a name another society has', async () => {
    const view = await h.ok(ADMIN, 'admin.updateSociety', { societyId: h.societyA.id, name: '新疆计算机协会', contact: '周老师', phone: '0991-7654321' })
    expect(view).toMatchObject({ name: '新疆计算机协会', contact: '周老师', phone: '0991-7654321', boundUsers: 1, active: true })
    expect(await h.fail(ADMIN, 'admin.updateSociety', { societyId: h.societyA.id, name: '自治区植物保护学会' })).toMatchObject({
      code: 'INVALID_INPUT',
    })
    expect(await h.fail(ADMIN, 'admin.updateSociety', { societyId: h.societyA.id, phone: '123' })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('联系电话'),
    })
  })

  it('deactivates a society: it can no longer bind or save, its data stays; reactivated, it works again', async () => {
    await h.save('o-filler-a', { 'B1.1': { checks: { a: true } } } as never)
    await h.ok(ADMIN, 'admin.updateSociety', { societyId: h.societyA.id, active: false })
    expect(await h.fail(STRANGER, 'account.bind', { bindingCode: h.societyA.code, name: '吴填报', phone: '13800000000' })).toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('已停用'),
    })
    const saved = await h.call('o-filler-a', 'submission.saveAnswers', { year: 2022, baseVersion: 1, patch: { 'B1.2': null } })
    expect(saved).toMatchObject({ ok: false, code: 'INVALID_STATE', message: expect.stringContaining('已停用') })
    // Its own pages say why, before anything is typed in vain.
    const closed = await h.ok('o-filler-a', 'submission.get', { year: 2022 })
    expect(Object.keys(closed.answers)).toEqual(['B1.1'])
    expect(closed.closedReason).toBe('本学会已停用（如有疑问请联系管理员）')
    const { societies } = await h.ok(ADMIN, 'admin.listSocieties', {})
    expect(societies.find((s) => s.id === h.societyA.id)).toMatchObject({ active: false, status: 'draft' })
    await h.ok(ADMIN, 'admin.updateSociety', { societyId: h.societyA.id, active: true })
    expect((await h.ok('o-filler-a', 'submission.get', { year: 2022 })).closedReason).toBeNull()
    expect((await h.call(STRANGER, 'account.bind', { bindingCode: h.societyA.code, name: '吴填报', phone: '13800000000' })).ok).toBe(true)
  })
})
