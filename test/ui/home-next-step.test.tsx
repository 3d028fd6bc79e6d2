import { getRubric, scoreAnswers, STATUS_LABEL, type Answers } from '../../src/shared'
import { nextStep, statusLabel } from '../../src/pages/home/next-step'
import { FakeServer } from './support/fake-server'
import { showsSaveState } from '../../src/pages/home/save-shown'

const rubric = getRubric(2022)

function submissionWith(answers: Answers, patch: Partial<ReturnType<FakeServer['view']>> = {}) {
  const server = new FakeServer()
  server.answers = answers
  return { ...server.view(), ...patch }
}

describe('the home page’s next step', () => {
  test('开始填写 at the first item of a blank form, 未填写 as its status', () => {
    const s = submissionWith({}, { version: 0 })
    expect(nextStep(rubric, s, scoreAnswers(rubric, {}))).toEqual({ label: '开始填写', url: '/filler/item/index?id=B1.1&year=2022' })
    expect(statusLabel(s, 0, STATUS_LABEL)).toBe('未填写')
  })

  test('继续填写 at the first incomplete item', () => {
    const answers: Answers = { 'B1.1': { checks: { a: true } }, 'B1.2': { checks: { a: true, b: true } } }
    const s = submissionWith(answers)
    expect(nextStep(rubric, s, scoreAnswers(rubric, answers)).url).toBe('/filler/item/index?id=B1.3&year=2022')
    expect(statusLabel(s, 2, STATUS_LABEL)).toBe('填写中')
  })

  test('修改退回项 at the first returned item, 查看审核结果 once reviewed', () => {
    const returned = submissionWith({}, { status: 'returned', returnReasons: { overall: '', items: { 'B7.2': '缺证明', 'B2.1': '请核实' } } })
    expect(nextStep(rubric, returned, scoreAnswers(rubric, {}))).toEqual({
      label: '修改退回项',
      url: '/filler/item/index?id=B2.1&year=2022',
    })
    const reviewed = submissionWith({}, { status: 'reviewed' })
    expect(nextStep(rubric, reviewed, scoreAnswers(rubric, {}))).toEqual({
      label: '查看审核结果',
      url: '/filler/result/index?year=2022',
    })
  })
})

describe('the home page’s save state', () => {
  test('is not shown on a form nobody touched; shown once anything is answered, attached or waiting', () => {
    expect(showsSaveState({ answers: {}, evidence: {}, saveState: 'saved' })).toBe(false)
    expect(showsSaveState({ answers: {}, evidence: { 'B1.1': [] }, saveState: 'saved' })).toBe(false)
    expect(showsSaveState({ answers: { 'B1.1': { checks: { a: true } } }, evidence: {}, saveState: 'saved' })).toBe(true)
    expect(showsSaveState({ answers: {}, evidence: { 'B1.1': ['p.jpg'] }, saveState: 'saved' })).toBe(true)
    expect(showsSaveState({ answers: {}, evidence: {}, saveState: 'saving' })).toBe(true)
  })
})
