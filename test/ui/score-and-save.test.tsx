import { act, render, screen } from '@testing-library/react'
import ScoreBadge, { formatPoints } from '../../src/components/score-badge'
import SaveIndicator from '../../src/components/save-indicator'
import Taro from '@tarojs/taro'
import { useConflictPrompt } from '../../src/components/conflict-prompt'
import { KEEP_MINE, MODAL_BUTTON_MAX, TAKE_THEIRS } from '../../src/components/conflict-prompt/conflict-text'
import type { DraftConflict } from '../../src/features/draft'

describe('score badge', () => {
  test('shows the score out of the maximum, half points with one decimal', () => {
    render(<ScoreBadge score={3.5} max={4} />)
    expect(screen.getByText('3.5')).toBeTruthy()
    expect(screen.getByText('/ 4分')).toBeTruthy()
    expect(formatPoints(110)).toBe('110')
  })

  test('shows a dash, not 0, for an item not answered yet', () => {
    render(<ScoreBadge score={0} max={2} answered={false} />)
    expect(screen.getByText('—')).toBeTruthy()
    expect(screen.queryByText('0')).toBeNull()
  })
})

describe('save indicator', () => {
  test.each([
    ['saved', '已保存'],
    ['saving', '保存中…'],
    ['offline', '离线，已存本机'],
    ['error', '未保存'],
  ] as const)('%s reads %s', (state, label) => {
    render(<SaveIndicator state={state} />)
    expect(screen.getByText(label)).toBeTruthy()
  })
})

describe('conflict prompt', () => {
  const conflict = { itemId: 'B2.1', mine: { tier: 'pass' }, theirs: { tier: 'fail', remark: '年检未完成' } }
  const second = { itemId: 'B2.2', mine: null, theirs: { tier: 'pass' } }

  function Prompted({ conflicts, onResolve }: { conflicts: DraftConflict[]; onResolve: (id: string, keep: 'mine' | 'theirs') => void }) {
    useConflictPrompt(2022, conflicts, onResolve)
    return null
  }

  afterEach(() => jest.restoreAllMocks())

  test('asks in WeChat’s own modal with both devices’ answers in words and keeps the one chosen', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const onResolve = jest.fn()
    await act(async () => void render(<Prompted conflicts={[conflict, second]} onResolve={onResolve} />))
    expect(modal).toHaveBeenCalledTimes(1)
    const options = modal.mock.calls[0]![0]!
    expect(options.title).toBe('两台设备改了同一项')
    expect(options.content!.split('\n')).toEqual([
      'B2.1 是否完成当年年检及年检结果',
      '本机的内容：',
      '完成年检并合格（5分）',
      '另一台设备的内容：',
      '不合格或没有完成年检（0分）',
      '备注：年检未完成',
      '还有1项待选择',
    ])
    expect([options.confirmText, options.cancelText]).toEqual(['保留本机', '另一台的'])
    expect(onResolve).toHaveBeenCalledWith('B2.1', 'mine')
  })

  test('the other button takes the other device’s answer', async () => {
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    const onResolve = jest.fn()
    await act(async () => void render(<Prompted conflicts={[conflict]} onResolve={onResolve} />))
    expect(onResolve).toHaveBeenCalledWith('B2.1', 'theirs')
  })

  test('button texts fit WeChat’s limit of 4 Chinese characters (showModal fails otherwise)', () => {
    for (const text of [KEEP_MINE, TAKE_THEIRS]) expect(text.replace(/[\u0391-\uFFE5]/g, 'aa').length).toBeLessThanOrEqual(MODAL_BUTTON_MAX * 2)
  })

  test('two pages showing the same conflict ask once, and nothing is asked without conflicts', async () => {
    let answer: (value: { confirm: boolean; cancel: boolean; errMsg: string }) => void = () => undefined
    const modal = jest.spyOn(Taro, 'showModal').mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    const onResolve = jest.fn()
    await act(async () => void render(<Prompted conflicts={[]} onResolve={onResolve} />))
    expect(modal).not.toHaveBeenCalled()
    await act(async () => {
      render(<Prompted conflicts={[conflict]} onResolve={onResolve} />)
      render(<Prompted conflicts={[conflict]} onResolve={onResolve} />)
    })
    expect(modal).toHaveBeenCalledTimes(1)
    await act(async () => answer({ confirm: true, cancel: false, errMsg: 'showModal:ok' }))
    expect(onResolve).toHaveBeenCalledTimes(1)
  })
})
