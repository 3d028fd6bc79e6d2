import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parsePastedLines } from '../../src/shared'
import { readImportFile } from '../../cloudfunctions/core/import/read-import-file'
import { csvGbk, csvUtf8, csvUtf8Bom, societyRows, xlsxOf } from './import-fixtures'

const HEADER = ['学会名称', '联系人', '联系电话']

describe('reading an import file', () => {
  it('reads an .xlsx by header name in any order, ignoring other columns, with the sheet’s row numbers', async () => {
    const file = await xlsxOf([
      ['2023年度学会名单'],
      ['序号', '联系电话', '备注', '学会名称', '联系人'],
      [1, '13800138000', '新成立', '自治区气象学会', '王老师'],
      [2, 13900139000, '', '自治区数学会', '李老师'],
    ])
    expect(await readImportFile(file, '名单.xlsx')).toEqual({
      headerRow: 2,
      ignoredColumns: ['序号', '备注'],
      rows: [
        { row: 3, name: '自治区气象学会', contact: '王老师', phone: '13800138000' },
        { row: 4, name: '自治区数学会', contact: '李老师', phone: '13900139000' },
      ],
    })
  })

  it('reads a formula cell as its cached result and never evaluates it', async () => {
    const file = await xlsxOf([
      HEADER,
      [{ formula: 'CONCATENATE("自治区","化学会")', result: '自治区化学会' }, '赵老师', { formula: 'A1', result: '0991-1234567' }],
    ])
    const { rows } = await readImportFile(file, 'f.xlsx')
    expect(rows).toEqual([{ row: 2, name: '自治区化学会', contact: '赵老师', phone: '0991-1234567' }])
  })

  it('refuses a formula without a computed result naming the cell and what to do, not as 学会名称为空', async () => {
    const file = await xlsxOf([
      HEADER,
      ['自治区数学会', '王老师', ''],
      [{ formula: 'HYPERLINK("http://evil","x")' }, '钱老师', ''],
    ])
    await expect(readImportFile(file, 'f.xlsx')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'A3（=HYPERLINK("http://evil","x")）是公式，文件里没有保存计算结果，无法读出内容：请在 Excel 或 WPS 中打开后保存一次，或把这些单元格“粘贴为数值”后再导入',
    })
  })

  it.each([
    ['UTF-8', csvUtf8],
    ['UTF-8 with BOM', csvUtf8Bom],
    ['GBK (Excel on Chinese Windows)', csvGbk],
  ])('reads a CSV in %s', async (_name, encode) => {
    const file = encode([['联系人', '学会名称', '联系电话'], ['王老师', '自治区气象学会', '13800138000'], ['李老师', '自治区"数学"学会', '']])
    expect((await readImportFile(file, '名单.csv')).rows).toEqual([
      { row: 2, name: '自治区气象学会', contact: '王老师', phone: '13800138000' },
      { row: 3, name: '自治区"数学"学会', contact: '李老师', phone: '' },
    ])
  })

  it('keeps a row with no name (to report it) but drops wholly empty rows', async () => {
    const { rows } = await readImportFile(csvUtf8([HEADER, ['', '', ''], ['', '王老师', ''], ['自治区数学会', '', '']]), 'a.csv')
    expect(rows.map((r) => [r.row, r.name])).toEqual([
      [3, ''],
      [4, '自治区数学会'],
    ])
  })

  it('refuses a file without a 学会名称 column, naming the columns it needs', async () => {
    await expect(readImportFile(csvUtf8([['名称', '电话'], ['x', '1']]), 'a.csv')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('学会名称、联系人、联系电话'),
    })
  })

  it(`refuses more than ${MAX_IMPORT_ROWS} societies, and takes exactly ${MAX_IMPORT_ROWS}`, async () => {
    const many = (n: number) => csvUtf8([HEADER, ...societyRows(n)])
    expect((await readImportFile(many(MAX_IMPORT_ROWS), 'a.csv')).rows).toHaveLength(MAX_IMPORT_ROWS)
    await expect(readImportFile(many(MAX_IMPORT_ROWS + 1), 'a.csv')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining(`最多导入 ${MAX_IMPORT_ROWS} 行`),
    })
  })

  it('refuses a file over the size limit before reading it', async () => {
    await expect(readImportFile(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41), 'big.csv')).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('2 MB'),
    })
  })

  it('names an old .xls and a damaged .xlsx instead of guessing', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    await expect(readImportFile(xls, '名单.xls')).rejects.toMatchObject({ message: expect.stringContaining('另存为 .xlsx') })
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)])
    await expect(readImportFile(broken, '名单.xlsx')).rejects.toMatchObject({ message: expect.stringContaining('无法读取“名单.xlsx”') })
  })
})

describe('pasted lines', () => {
  it('reads tab-separated lines copied from Excel, with or without the header, line numbers as row numbers', () => {
    expect(parsePastedLines('学会名称\t联系人\t联系电话\n自治区气象学会\t王老师\t13800138000\n')).toMatchObject({
      headerRow: 1,
      rows: [{ row: 2, name: '自治区气象学会', contact: '王老师', phone: '13800138000' }],
    })
    expect(parsePastedLines('自治区气象学会\t王老师\n\n自治区数学会')).toMatchObject({
      headerRow: 0,
      rows: [
        { row: 1, name: '自治区气象学会', contact: '王老师', phone: '' },
        { row: 3, name: '自治区数学会', contact: '', phone: '' },
      ],
    })
  })

  it('reads typed lines separated by commas of either width', () => {
    expect(parsePastedLines('自治区气象学会，王老师，13800138000\r\n自治区数学会,李老师')).toMatchObject({
      rows: [
        { row: 1, name: '自治区气象学会', contact: '王老师', phone: '13800138000' },
        { row: 2, name: '自治区数学会', contact: '李老师', phone: '' },
      ],
    })
  })
})
