import { getRubric, itemById } from '../../src/shared'
import { criterionNote, shownCriterion } from '../../src/filler/item/criterion-text'

const item = (id: string) => itemById(getRubric(2022)).get(id)!

test('B2.1’s criterion is shown with one Chinese semicolon per clause, the rubric keeping the form’s text', () => {
  expect(item('B2.1').criterion).toContain('扣得2分；;')
  expect(shownCriterion(item('B2.1').criterion)).toBe('完成年检并合格的不扣分；\n基本合格扣得2分；\n不合格或没有完成年检扣5分；')
})

test('B12.3 carries a note on the form’s repeated 工作总结; other items none', () => {
  expect(criterionNote(item('B12.3'))).toMatch(/第二处应为“未制定工作计划”/)
  expect(criterionNote(item('B2.1'))).toBeNull()
})
