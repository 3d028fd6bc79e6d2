import { act, fireEvent, screen, within } from '@testing-library/react'
import { describeAnswer } from '../../src/components/answer-widgets'
import { renderWidget, rubricItem as item } from './support/answer-widget-harness'

const radios = (name: string) => within(screen.getByText(name).closest('.answer-widget__row') as HTMLElement).getAllByRole('radio')

describe('checks widget', () => {
  test('asks 是/否 for each condition, labelled as in the rubric, with nothing chosen when unanswered', () => {
    renderWidget('B1.2')
    for (const label of ['设立专职秘书长', '除秘书长外另有专职工作人员']) {
      const [yes, no] = radios(label)
      expect(yes?.textContent).toBe('是')
      expect(no?.textContent).toBe('否')
      expect(yes?.getAttribute('aria-checked')).toBe('false')
      expect(no?.getAttribute('aria-checked')).toBe('false')
    }
    expect(screen.getAllByText(/未答/)).toHaveLength(2)
  })

  test('sends the wire format and tells an answered 否 from an unanswered condition', () => {
    const changes = renderWidget('B1.2', { remark: '秘书长为兼职' })
    fireEvent.click(radios('设立专职秘书长')[1] as HTMLElement)
    expect(changes.at(-1)).toEqual({ checks: { a: false }, remark: '秘书长为兼职' })
    expect(radios('设立专职秘书长')[1]?.getAttribute('aria-checked')).toBe('true')
    expect(radios('除秘书长外另有专职工作人员')[1]?.getAttribute('aria-checked')).toBe('false')
    expect(screen.getByText('扣1分')).toBeTruthy()
    fireEvent.click(radios('除秘书长外另有专职工作人员')[0] as HTMLElement)
    expect(changes.at(-1)).toEqual({ checks: { a: false, b: true }, remark: '秘书长为兼职' })
  })

  test('read-only when disabled', () => {
    const changes = renderWidget('B1.1', undefined, true)
    fireEvent.click(radios('按时完成换届')[0] as HTMLElement)
    expect(changes).toEqual([])
  })
})

describe('tiers widget', () => {
  test('shows every level with its points and records the chosen level', () => {
    const changes = renderWidget('B2.1')
    expect(screen.getByText('完成年检并合格')).toBeTruthy()
    expect(screen.getByText('5分')).toBeTruthy()
    expect(screen.getByText('基本合格')).toBeTruthy()
    expect(screen.getByText('3分')).toBeTruthy()
    expect(screen.getByText('不合格或没有完成年检')).toBeTruthy()
    expect(screen.getByText(/未选择/)).toBeTruthy()
    fireEvent.click(screen.getByText('基本合格'))
    expect(changes).toEqual([{ tier: 'basic' }])
    expect(screen.queryByText(/未选择/)).toBeNull()
  })
})

describe('count widget', () => {
  test('adds entries, records their text, and removes them', () => {
    const changes = renderWidget('B12.1')
    expect(screen.getByText(/每条1分，最多3分/)).toBeTruthy()
    fireEvent.click(screen.getByText('添加一条'))
    expect(changes.at(-1)).toEqual({ entries: [{ text: '' }] })
    expect(screen.getByText('第1条：请填写内容')).toBeTruthy()
    fireEvent.change(screen.getByPlaceholderText(/填写参加的会议、活动/), { target: { value: '2022-03 科协年会' } })
    expect(changes.at(-1)).toEqual({ entries: [{ text: '2022-03 科协年会' }] })
    expect(screen.queryByText('第1条：请填写内容')).toBeNull()
    fireEvent.click(screen.getByText('删除'))
    expect(changes.at(-1)).toBeNull()
  })

  test('暂无 records an explicit empty list, different from unanswered', () => {
    const changes = renderWidget('B10.3')
    expect(screen.getByText(/未答/)).toBeTruthy()
    fireEvent.click(screen.getByText('暂无'))
    expect(changes).toEqual([{ entries: [] }])
    expect(screen.getByText('已填：暂无承担的政府委托项目或购买服务')).toBeTruthy()
  })

  test('an A4.1 entry needs one of the 7 categories', () => {
    const changes = renderWidget('A4.1')
    fireEvent.click(screen.getByText('添加一条'))
    fireEvent.change(screen.getByPlaceholderText(/填写特色工作/), { target: { value: '获全国优秀学会' } })
    expect(screen.getByText('第1条：请选择类别')).toBeTruthy()
    fireEvent.click(screen.getByText('请选择类别'))
    const sheet = document.querySelector('.nut-actionsheet') as HTMLElement
    const labels = ['获得国家部委表彰或获得全国优秀学会（不含个人）等', '党建工作促进学会工作效果明显', '其它成效显著的学会特色工作']
    for (const label of labels) expect(within(sheet).getByText(label)).toBeTruthy()
    expect(sheet.querySelectorAll('.nut-actionsheet-item')).toHaveLength(7)
    fireEvent.click(within(sheet).getByText('党建工作促进学会工作效果明显'))
    expect(changes.at(-1)).toEqual({ entries: [{ text: '获全国优秀学会', category: 'party' }] })
    expect(screen.queryByText('第1条：请选择类别')).toBeNull()
  })
})

describe('judgement widget', () => {
  const input = () => screen.getByLabelText(/自评分/) as HTMLInputElement

  test('starts empty (not 0) and steps by half a point', async () => {
    const changes = renderWidget('B6.1')
    expect(input().value).toBe('')
    expect(screen.getByText(/未打分/)).toBeTruthy()
    expect(screen.getByText(/0–4分，每档0.5分/)).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByLabelText('加0.5分')))
    expect(changes.at(-1)).toEqual({ score: 0.5 })
  })

  test('snaps a typed score to the nearest half point', async () => {
    const changes = renderWidget('B6.1')
    await act(async () => fireEvent.change(input(), { target: { value: '3.3' } }))
    expect(changes.at(-1)).toEqual({ score: 3.5 })
  })

  test('refuses a score above the maximum with a message naming the field', async () => {
    const changes = renderWidget('B6.4', { score: 1 })
    await act(async () => fireEvent.change(input(), { target: { value: '3' } }))
    expect(screen.getByText('B6.4 自评分须在0到1分之间，“3”未保存，仍为1分')).toBeTruthy()
    expect(changes).toEqual([])
  })
})

describe('describeAnswer', () => {
  test('puts an answer in words instead of JSON', () => {
    expect(describeAnswer(item('B1.2'), { checks: { a: true, b: false }, remark: '兼职' })).toEqual([
      '设立专职秘书长：是',
      '除秘书长外另有专职工作人员：否',
      '备注：兼职',
    ])
    expect(describeAnswer(item('A4.1'), { entries: [{ text: '获奖', category: 'honor' }] })).toEqual([
      '1. 获奖（获得国家部委表彰或获得全国优秀学会（不含个人）等）',
    ])
    expect(describeAnswer(item('B12.2'), { entries: [] })).toEqual(['暂无'])
    expect(describeAnswer(item('B6.1'), null)).toEqual(['未填写'])
  })
})

describe('a long list entry', () => {
  test('keeps all of a 230-character paste and says it is too long, instead of cutting it', () => {
    const changes = renderWidget('B12.2', { entries: [{ text: '' }] })
    const long = '学'.repeat(229) + '😀'
    fireEvent.change(screen.getByPlaceholderText(/填写/), { target: { value: long } })
    expect((screen.getByPlaceholderText(/填写/) as HTMLTextAreaElement).value).toBe(long)
    expect(changes.at(-1)).toEqual({ entries: [{ text: long }] })
    expect(screen.getByText('第1条：内容不能超过200字（现有230字），未保存')).toBeTruthy()
  })
})
