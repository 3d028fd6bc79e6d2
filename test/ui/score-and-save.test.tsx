import { act, fireEvent, render, screen } from '@testing-library/react'
import ScoreBadge, { formatPoints } from '../../src/components/score-badge'
import SaveIndicator from '../../src/components/save-indicator'
import ConflictDialog from '../../src/components/conflict-dialog'

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

describe('conflict dialog', () => {
  const conflict = { itemId: 'B2.1', mine: { tier: 'pass' }, theirs: { tier: 'fail', remark: '年检未完成' } }

  test('shows both devices’ answers in words and keeps the one chosen', async () => {
    const onResolve = jest.fn()
    render(<ConflictDialog year={2022} conflicts={[conflict]} onResolve={onResolve} />)
    expect(screen.getByText('B2.1 是否完成当年年检及年检结果')).toBeTruthy()
    expect(screen.getByText('本机的内容')).toBeTruthy()
    expect(screen.getByText('完成年检并合格（5分）')).toBeTruthy()
    expect(screen.getByText('另一台设备的内容')).toBeTruthy()
    expect(screen.getByText('不合格或没有完成年检（0分）')).toBeTruthy()
    expect(screen.getByText('备注：年检未完成')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('保留本机')))
    expect(onResolve).toHaveBeenCalledWith('B2.1', 'mine')
    await act(async () => fireEvent.click(screen.getByText('使用另一台设备的')))
    expect(onResolve).toHaveBeenCalledWith('B2.1', 'theirs')
  })

  test('stays closed without conflicts', () => {
    render(<ConflictDialog year={2022} conflicts={[]} onResolve={jest.fn()} />)
    expect(screen.queryByText('保留本机')).toBeNull()
  })
})
