import type ExcelJS from 'exceljs'
import { rubricItems, scoreAnswers } from '../../src/shared'
import { FILLER_A, FILLER_B, REVIEWER, YEAR, fullMarks, rubric, useHarness } from '../cloud/harness'
import { mergesOf, openWorkbook, text } from './open-workbook'

const h = useHarness()
const items = rubricItems(rubric)
const FIRST_ITEM_ROW = 8

async function formOf(openid: string, input: Record<string, unknown> = { year: YEAR }) {
  const file = await h.ok(openid, 'report.form', input)
  const saved = [...h.reportFiles.saved.values()].find((f) => f.fileName === file.fileName)
  if (!saved) throw new Error('no file saved')
  const workbook = await openWorkbook(saved.bytes)
  return { file, sheet: workbook.worksheets[0] as ExcelJS.Worksheet }
}

/** Column letters by heading (row 6 or 7). */
function headings(sheet: ExcelJS.Worksheet): Record<string, string> {
  const found: Record<string, string> = {}
  for (const r of [6, 7]) sheet.getRow(r).eachCell((cell) => (found[String(cell.value)] = cell.address.replace(/\d+/, '')))
  return found
}

describe('report.form: the filled form in 附件3’s layout', () => {
  it('has the form’s heading lines, the society, 填报人 and 手机号, and its column headings', async () => {
    await h.submitComplete(FILLER_A)
    const { file, sheet } = await formOf(FILLER_A)
    expect(file.fileName).toBe('2022年度自评表-新疆计算机学会.xlsx')
    expect(text(sheet, 'A1')).toBe('附件3')
    expect(text(sheet, 'A2')).toBe('自治区学会（协会、研究会）2022年度')
    expect(text(sheet, 'A3')).toBe('工作绩效评价自评表')
    expect(text(sheet, 'A4')).toBe('学会名称：新疆计算机学会')
    expect(text(sheet, 'A5')).toBe('填报人：张填报')
    expect(text(sheet, 'E5')).toBe('手机号：13800138000')
    expect(Object.keys(headings(sheet))).toEqual(['评估指标', '分值', '评分标准', '填报内容', '自评', '备注', 'A级指标', 'B级指标', 'C级指标'])
    expect(mergesOf(sheet)).toEqual(expect.arrayContaining(['A6:C6', 'D6:D7', 'E6:E7', 'F6:F7', 'G6:G7', 'H6:H7']))
  })

  it('lists every item in form order with the form’s own words, its maximum and the self score, and the 合计', async () => {
    await h.save(FILLER_A, { ...fullMarks, 'B1.1': { checks: { a: false }, remark: '=1+1 换届推迟' } })
    await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
    const { sheet } = await formOf(FILLER_A)
    const self = scoreAnswers(rubric, { ...fullMarks, 'B1.1': { checks: { a: false } } })
    items.forEach((item, i) => {
      const row = FIRST_ITEM_ROW + i
      const indicatorCell = item.id === 'A4.1' ? `B${row}` : `C${row}`
      expect([text(sheet, indicatorCell), sheet.getCell(`D${row}`).value, text(sheet, `E${row}`)]).toEqual([
        item.indicator,
        item.max,
        item.criterion,
      ])
      expect(sheet.getCell(`G${row}`).value).toBe(self.items[item.id])
    })
    const total = FIRST_ITEM_ROW + items.length
    expect([text(sheet, `A${total}`), sheet.getCell(`D${total}`).value, sheet.getCell(`G${total}`).value]).toEqual(['合计', 110, self.total])
    expect(self.total).toBe(108)
    // The remark is kept as text, never a formula.
    expect(sheet.getCell(`H${FIRST_ITEM_ROW}`).value).toBe('=1+1 换届推迟')
    expect(sheet.getCell(`H${FIRST_ITEM_ROW}`).numFmt).toBe('@')
    expect(sheet.getCell(`H${FIRST_ITEM_ROW}`).formula).toBeUndefined()
    expect(text(sheet, `A${total + 2}`)).toBe('填报单位（盖章）：')
    expect(text(sheet, `E${total + 2}`)).toMatch(/^日期：\s+年\s+月\s+日$/)
  })

  it('shows what the society claimed: 是/否 answers, the level chosen, list entries with their kind', async () => {
    await h.save(FILLER_A, {
      ...fullMarks,
      'B1.2': { checks: { a: true, b: false } },
      'B2.1': { tier: 'basic' },
      'B10.3': { entries: [] },
      'B12.2': { entries: [{ text: '报送《学会简讯》第3期' }, { text: '=报送年会通知' }] },
      'A4.1': { entries: [{ text: '承担国家自然科学基金项目', category: 'national-project' }, { text: '科技助农', category: 'rural' }] },
    })
    await h.ok(FILLER_A, 'submission.submit', { year: YEAR })
    const { sheet } = await formOf(FILLER_A)
    expect(headings(sheet)['填报内容']).toBe('F')
    const rowOf = (id: string) => FIRST_ITEM_ROW + items.findIndex((i) => i.id === id)
    expect(text(sheet, `F${rowOf('B1.2')}`)).toBe('设立专职秘书长：是\n除秘书长外另有专职工作人员：否')
    expect(text(sheet, `F${rowOf('B2.1')}`)).toBe('基本合格')
    expect(text(sheet, `F${rowOf('B10.3')}`)).toBe('无')
    expect(text(sheet, `F${rowOf('B12.2')}`)).toBe('1. 报送《学会简讯》第3期\n2. =报送年会通知')
    expect(sheet.getCell(`F${rowOf('B12.2')}`).formula).toBeUndefined()
    expect(text(sheet, `F${rowOf('A4.1')}`)).toBe(
      '1. 承担国家自然科学基金项目（承担国家级科研项目（包括国家级科研项目子课题））\n2. 科技助农（在助力乡村振兴中取得良好社会经济效益）',
    )
    expect(text(sheet, `F${rowOf('B8.1')}`)).toBe('')
    // The row is tall enough for the entries it lists.
    expect(sheet.getRow(rowOf('A4.1')).height).toBeGreaterThanOrEqual(4 * 14)
  })

  it('merges each A and B cell over its rows, as on paper', async () => {
    await h.submitComplete(FILLER_A)
    const { sheet } = await formOf(FILLER_A)
    const merges = mergesOf(sheet)
    let row = FIRST_ITEM_ROW
    for (const a of rubric.aGroups) {
      const aTop = row
      for (const b of a.bGroups) {
        if (b.items.length > 1) expect(merges).toContain(`B${row}:B${row + b.items.length - 1}`)
        expect(text(sheet, `B${row}`)).toBe(`${b.id}\n${b.name}\n${b.max}分`)
        row += b.items.length
      }
      for (const _item of a.items) expect(merges).toContain(`B${row}:C${row++}`)
      if (row - 1 > aTop) expect(merges).toContain(`A${aTop}:A${row - 1}`)
      expect(text(sheet, `A${aTop}`)).toBe(`${a.id} ${a.name}\n（${a.max}分）`)
    }
  })

  it('prints on A4 portrait, fit to the width, the headings repeated on every page, in readable fonts', async () => {
    await h.submitComplete(FILLER_A)
    const { sheet } = await formOf(FILLER_A)
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 })
    expect(sheet.pageSetup.printTitlesRow).toBe('6:7')
    for (let r = 1; r <= FIRST_ITEM_ROW + items.length; r++) {
      sheet.getRow(r).eachCell((cell) => {
        expect(cell.font?.size).toBeGreaterThanOrEqual(10)
        expect(['宋体', '黑体']).toContain(cell.font?.name)
      })
    }
    expect(sheet.getCell(`E${FIRST_ITEM_ROW + 1}`).alignment?.wrapText).toBe(true)
  })

  it('adds the 审核得分 column and the result once reviewed', async () => {
    const { id, version } = await h.submitComplete(FILLER_A)
    await h.ok(REVIEWER, 'review.saveScores', { submissionId: id, baseVersion: version, items: { 'B2.1': { finalScore: 3, comment: '基本合格' } } })
    await h.ok(REVIEWER, 'review.finalize', { submissionId: id })
    const { sheet, file } = await formOf(REVIEWER, { year: YEAR, societyId: h.societyA.id })
    expect(headings(sheet)['审核得分']).toBe('H')
    const b21 = FIRST_ITEM_ROW + items.findIndex((i) => i.id === 'B2.1')
    expect([sheet.getCell(`G${b21}`).value, sheet.getCell(`H${b21}`).value, text(sheet, `I${b21}`)]).toEqual([5, 3, '审核意见：基本合格'])
    const total = FIRST_ITEM_ROW + items.length
    expect([sheet.getCell(`G${total}`).value, sheet.getCell(`H${total}`).value]).toEqual([110, 108])
    expect(text(sheet, `A${total + 1}`)).toMatch(/^审核结论：审核得分108分（满分110分），等级：优秀。审核员：王审核/)
    expect(file.summary).toBe('新疆计算机学会（已审核，审核得分108分，优秀）')
  })

  it('gives a filler only its own society’s form', async () => {
    await h.submitComplete(FILLER_A)
    expect((await h.fail(FILLER_B, 'report.form', { year: YEAR, societyId: h.societyA.id })).code).toBe('FORBIDDEN')
    expect((await h.fail(FILLER_B, 'report.form', { year: YEAR })).code).toBe('NOT_FOUND')
    expect((await h.fail(REVIEWER, 'report.form', { year: YEAR })).message).toContain('请指定学会')
  })
})
