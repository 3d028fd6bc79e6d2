import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { resetTaroMock } from './mocks/taro'
import type { ActionOutput, YearSettings } from '../../src/shared'
import { callAction } from '../../src/services/cloud'
import { ReminderScheduleCard } from '../../src/admin/components/reminder-schedule'

jest.mock('../../src/services/cloud', () => ({ callAction: jest.fn(), uploadEvidence: jest.fn(), initCloud: jest.fn() }))
const call = callAction as jest.MockedFunction<typeof callAction>

const year = (overrides: Partial<YearSettings> = {}): YearSettings => ({
  year: 2023,
  status: 'open',
  rubricFrom: 2022,
  title: '2023年度',
  deadline: '2023-03-31',
  extensions: {},
  gradeBands: [{ label: '合格', min: 0 }],
  openedAt: '2023-01-01T00:00:00.000Z',
  closedAt: null,
  reminderDaysBefore: [],
  ...overrides,
})

const society = (name: string, date: string, fillers = 1) => ({ societyId: name, name, date, deadline: '2023-03-31', fillers })

/** The server's preview: 学会甲 on each day, 学会乙 with no filler; no deadline, nobody. */
function preview(days: number[], deadline: string | null): ActionOutput<'admin.previewReminders'> {
  const dateOf = (n: number) => `2023-03-${31 - n}`
  return {
    year: 2023,
    deadline,
    days: days.map((n) => ({
      daysBefore: n,
      date: deadline ? dateOf(n) : null,
      reminded: deadline ? [society('学会甲', dateOf(n))] : [],
      withoutFiller: deadline ? [society('学会乙', dateOf(n), 0)] : [],
    })),
  }
}

const previewCalls = () => call.mock.calls.filter(([action]) => action === 'admin.previewReminders').map(([, input]) => input)
const daysField = () => {
  const labelled = screen.getByLabelText('自动提醒的提前天数')
  return labelled.querySelector('input') ?? labelled
}
const typeDays = (text: string) => fireEvent.change(daysField(), { target: { value: text } })
const saveButton = () => screen.getByText('保存自动提醒').closest('.nut-button')!
const canSave = () => !saveButton().className.includes('disabled')

beforeEach(() => {
  resetTaroMock()
  call.mockReset()
})

function answerWith(deadline: string | null, saved = jest.fn()) {
  call.mockImplementation((async (action: string, input: { reminderDaysBefore: number[] }) => {
    if (action === 'admin.previewReminders') return preview(input.reminderDaysBefore, deadline)
    if (action === 'admin.updateYear') return saved(input)
    throw new Error(action)
  }) as unknown as typeof callAction)
}

describe('the 自动提醒 card of 年度设置', () => {
  test('previews the stored schedule, day by day, with the society that has no filler apart', async () => {
    answerWith('2023-03-31')
    render(<ReminderScheduleCard year={year({ reminderDaysBefore: [7, 3, 1] })} onSaved={jest.fn()} />)
    expect(screen.getByText('当前：截止前7、3、1天提醒')).toBeTruthy()
    await waitFor(() => expect(screen.getByText('截止前7天 · 2023年3月24日')).toBeTruthy())
    expect(screen.getAllByText('将提醒 1 个未提交的学会：')).toHaveLength(3)
    expect(screen.getAllByText('1 个未提交的学会没有绑定填报人，收不到提醒：')).toHaveLength(3)
    expect(previewCalls()).toEqual([{ year: 2023, reminderDaysBefore: [7, 3, 1] }])
    expect(canSave()).toBe(false) // nothing changed
  })

  test('names a wrong schedule as it is typed, asks the server nothing for it, and will not save it', async () => {
    answerWith('2023-03-31')
    render(<ReminderScheduleCard year={year()} onSaved={jest.fn()} />)
    typeDays('3, 3')
    expect(screen.getByText('自动提醒：提前天数不能重复')).toBeTruthy()
    typeDays('1e3')
    expect(screen.getByText('自动提醒：提前天数应为1到60之间的整数，“1e3”不是')).toBeTruthy()
    await act(() => new Promise((r) => setTimeout(r, 600)))
    expect(previewCalls()).toEqual([])
    expect(canSave()).toBe(false)
  })

  test('saves what it has previewed, latest day first', async () => {
    const saved = jest.fn((input: { reminderDaysBefore: number[] }) => year({ reminderDaysBefore: input.reminderDaysBefore }))
    const onSaved = jest.fn()
    answerWith('2023-03-31', saved)
    render(<ReminderScheduleCard year={year()} onSaved={onSaved} />)
    typeDays('1 ３')
    expect(canSave()).toBe(false) // the preview of [3, 1] has not arrived yet
    await waitFor(() => expect(screen.getByText('截止前3天 · 2023年3月28日')).toBeTruthy())
    expect(canSave()).toBe(true)
    await act(async () => void fireEvent.click(saveButton()))
    expect(saved).toHaveBeenCalledWith({ year: 2023, reminderDaysBefore: [3, 1] })
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ reminderDaysBefore: [3, 1] }))
  })

  test('without a deadline, says reminders wait for one', async () => {
    answerWith(null)
    render(<ReminderScheduleCard year={year({ deadline: null, reminderDaysBefore: [3] })} onSaved={jest.fn()} />)
    expect(screen.getByText(/尚未设置填报截止日期/)).toBeTruthy()
    await waitFor(() => expect(screen.getByText('没有填报截止日期，不会提醒')).toBeTruthy())
  })

  test('a closed year shows its schedule, read-only', () => {
    answerWith('2023-03-31')
    render(<ReminderScheduleCard year={year({ status: 'closed', reminderDaysBefore: [3] })} onSaved={jest.fn()} />)
    expect(screen.getByText('当前：截止前3天提醒')).toBeTruthy()
    expect(screen.queryByLabelText('自动提醒的提前天数')).toBeNull()
    expect(screen.queryByText('保存自动提醒')).toBeNull()
  })
})
