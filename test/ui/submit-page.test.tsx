import { useState } from 'react'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { navigations, resetTaroMock, router } from './mocks/taro'
import { readOnlyReasonOf } from '../../src/features/draft/draft-view'
import { ActionError, scoreAnswers, type Answers, type SubmissionView } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import { requestNotificationConsent } from '../../src/features/subscribe/request-consent'
import Submit from '../../src/filler/submit/index'
import { YEAR, fullAnswers, rubric, submissionView, submittedAnswer } from './support/submission-views'
import { applySubmitted } from '../../src/features/draft/apply-saved'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
jest.mock('../../src/features/subscribe/request-consent', () => ({ requestNotificationConsent: jest.fn(async () => 'refused') }))
jest.mock('../../src/features/draft', () => ({ useDraft: () => mockUseDraft() }))

const call = callAction as jest.MockedFunction<typeof callAction>
const consent = requestNotificationConsent as jest.MockedFunction<typeof requestNotificationConsent>
const order: string[] = []
let initialView: SubmissionView
const flush = jest.fn(async () => {
  order.push('flush')
  return true
})

/** The draft store as the submit page sees it: the submission, its live report, flush and absorb. */
function mockUseDraft() {
  const [submission, absorb] = useState(initialView)
  return {
    loading: false,
    error: null,
    submission,
    answers: submission.answers,
    report: scoreAnswers(rubric, submission.answers as Answers),
    evidence: submission.evidence,
    editable: readOnlyReasonOf(submission) === null,
    readOnlyReason: readOnlyReasonOf(submission),
    absorb,
    // The real application of the answer; a copy it cannot apply to stays as it was (the store would reload).
    absorbSubmitted: (answer: Parameters<typeof applySubmitted>[1]) => absorb((view) => applySubmitted(view, answer) ?? view),
    flush,
    reload: async () => undefined,
  }
}

async function show(view: SubmissionView) {
  initialView = view
  await act(async () => void render(<Submit />))
}

const submitButton = () => screen.getByText(/^(提交自评表|重新提交)$/)
/** The tap on 提交自评表 and the tap on the confirmation's 确认提交: only the second submits. */
const confirmSubmit = async () => {
  await act(async () => fireEvent.click(submitButton()))
  await act(async () => fireEvent.click(screen.getByText('确认提交')))
}

beforeEach(() => {
  resetTaroMock()
  router.params = { year: String(YEAR) }
  call.mockReset()
  consent.mockClear()
  flush.mockClear()
  order.length = 0
  consent.mockImplementation(async () => (order.push('consent'), 'refused'))
})

describe('the submit page', () => {
  test('after the deadline it says why the form can no longer be submitted, and offers no submit', async () => {
    await show(submissionView(fullAnswers(), { closedReason: '2022年度填报已于2023年3月31日截止' }))
    expect(screen.getByText('填报已截止')).toBeTruthy()
    expect(screen.getByText('2022年度填报已于2023年3月31日截止，内容只能查看不能修改。如需延期，请联系管理员。')).toBeTruthy()
    expect(screen.queryByText(/^(提交自评表|重新提交)$/)).toBeNull()
    expect(call).not.toHaveBeenCalled()
  })

  test('saves the draft first, lists the incomplete items, each opening its item page, and does not submit yet', async () => {
    const answers = fullAnswers()
    delete answers['B2.1']
    delete answers['A4.1']
    await show(submissionView(answers))
    expect(flush).toHaveBeenCalled()
    expect(screen.getByText('还有 2 项未填写完整')).toBeTruthy()
    fireEvent.click(screen.getByText(/B2\.1 是否完成当年年检/))
    expect(navigations).toContainEqual({ kind: 'navigateTo', url: `/filler/item/index?id=B2.1&year=${YEAR}` })
    expect(screen.getByText(/A4\.1 获得国家部委表彰/)).toBeTruthy()
    await act(async () => fireEvent.click(submitButton()))
    expect(call).not.toHaveBeenCalled()
  })

  test('shows the self score out of 110 and each A subtotal', async () => {
    await show(submissionView(fullAnswers()))
    expect(screen.getByText('110')).toBeTruthy()
    expect(screen.getByText(/\/ 110/)).toBeTruthy()
    for (const a of rubric.aGroups) expect(screen.getByText(`${a.max} / ${a.max}`)).toBeTruthy()
  })

  test('asks for notification consent on the tap, then submits, and shows 已提交 with the form locked', async () => {
    const answers = fullAnswers()
    call.mockImplementation((async () => {
      order.push('submit')
      return submittedAnswer(submissionView(answers))
    }) as typeof callAction)
    await show(submissionView(answers))
    await confirmSubmit()
    expect(order).toEqual(['flush', 'consent', 'flush', 'submit'])
    expect(call).toHaveBeenCalledWith('submission.submit', { year: YEAR })
    expect(screen.getByText('已提交')).toBeTruthy()
    expect(screen.queryByText('提交自评表')).toBeNull()
  })

  test('submits even when the consent request fails', async () => {
    consent.mockRejectedValueOnce(new Error('requestSubscribeMessage:fail'))
    call.mockResolvedValue(submittedAnswer(submissionView(fullAnswers())))
    await show(submissionView(fullAnswers()))
    await confirmSubmit()
    expect(screen.getByText('已提交')).toBeTruthy()
  })

  test("lists the items the server still finds incomplete", async () => {
    call.mockRejectedValue(new ActionError('INCOMPLETE', '还有1项未填写完整：B6.1', { incomplete: ['B6.1'] }))
    await show(submissionView(fullAnswers()))
    await confirmSubmit()
    expect(screen.getByText('还有 1 项未填写完整')).toBeTruthy()
    expect(screen.getByText(/B6\.1 加强党对学会工作的领导/)).toBeTruthy()
  })

  test("shows a returned form's overall reason and the items with reasons, and resubmits", async () => {
    const answers = fullAnswers()
    const returned = submissionView(answers, {
      status: 'returned',
      returnReasons: { overall: '请补充证明材料', items: { 'B7.1': '缺少会议通知照片' } },
    })
    call.mockResolvedValue(submittedAnswer(returned))
    await show(returned)
    expect(screen.getByText('请补充证明材料')).toBeTruthy()
    expect(screen.getByText('缺少会议通知照片')).toBeTruthy()
    expect(screen.getByText(/B7\.1 学术会议/)).toBeTruthy()
    await confirmSubmit()
    expect(call).toHaveBeenCalledWith('submission.submit', { year: YEAR })
    expect(screen.getByText('已提交')).toBeTruthy()
  })

  test('asks before it locks the form, with the total and how many items have evidence; 再检查一下 submits nothing', async () => {
    const view = submissionView(fullAnswers())
    const withEvidence = { ...view, evidence: { 'B1.1': ['a.jpg'], 'B7.1': ['b.jpg', 'c.pdf'], 'B8.1': [] } }
    call.mockResolvedValue(submittedAnswer(submissionView(fullAnswers())))
    await show(withEvidence)
    await act(async () => fireEvent.click(submitButton()))
    expect(call).not.toHaveBeenCalled()
    expect(consent).not.toHaveBeenCalled()
    expect(screen.getByText('确认提交自评表')).toBeTruthy()
    expect(screen.getByText(/自评总分 110 分（满分110分）/)).toBeTruthy()
    expect(screen.getByText(/2 项附有佐证材料，36 项没有/)).toBeTruthy()
    expect(screen.getByText(/提交后表格锁定/)).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('再检查一下')))
    expect(call).not.toHaveBeenCalled()
    expect(screen.getByText('提交自评表')).toBeTruthy()
    await confirmSubmit()
    expect(call).toHaveBeenCalledWith('submission.submit', { year: YEAR })
  })
})
