import { createElement, type ReactNode } from 'react'
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { privacy } from './mocks/taro'
import { AGREE_BUTTON_ID, PrivacyPopup } from '../../src/features/privacy'

// WeChat's button: a tap on open-type="agreePrivacyAuthorization" also fires bindagreeprivacyauthorization.
jest.mock('@tarojs/components', () => {
  const actual = jest.requireActual('./mocks/taro-components')
  type Props = { children?: ReactNode; id?: string; className?: string; openType?: string; onClick?(): void; onAgreePrivacyAuthorization?(): void }
  const Button = ({ children, id, className, openType, onClick, onAgreePrivacyAuthorization }: Props) =>
    createElement(
      'button',
      {
        id,
        className,
        'data-open-type': openType,
        onClick: () => {
          onClick?.()
          if (openType === 'agreePrivacyAuthorization') onAgreePrivacyAuthorization?.()
        },
      },
      children,
    )
  return { ...actual, Button }
})

/** WeChat holding a privacy API call: answers what the app resolved it with. */
function weChatAsks() {
  const answers: unknown[] = []
  act(() => privacy.listener!((answer) => answers.push(answer), { referrer: '' }))
  return answers
}

const popup = () => screen.queryByRole('dialog', { name: '隐私保护提示' })

describe('the privacy popup (mini-program)', () => {
  test('registers with onNeedPrivacyAuthorization and shows nothing until WeChat asks', () => {
    render(<PrivacyPopup />)
    expect(typeof privacy.listener).toBe('function')
    expect(popup()).toBeNull()
  })

  test('says in its own words what is used and why, and agreeing resolves with the agree button’s id', () => {
    render(<PrivacyPopup />)
    const answers = weChatAsks()
    expect(popup()).toBeTruthy()
    for (const text of ['相册和摄像头', '微信聊天中的文件', '剪贴板', '《隐私保护指引》']) expect(screen.getByText(text)).toBeTruthy()
    const agree = screen.getByText('同意并继续')
    expect(agree.getAttribute('data-open-type')).toBe('agreePrivacyAuthorization')
    expect(agree.id).toBe(AGREE_BUTTON_ID)
    expect(answers).toEqual([])
    act(() => fireEvent.click(agree))
    expect(answers).toEqual([{ event: 'agree', buttonId: AGREE_BUTTON_ID }])
    expect(popup()).toBeNull()
  })

  test('refusing resolves disagree once and closes the popup', () => {
    render(<PrivacyPopup />)
    const answers = weChatAsks()
    act(() => fireEvent.click(screen.getByText('不同意')))
    expect(answers).toEqual([{ event: 'disagree' }])
    expect(popup()).toBeNull()
  })

  test('opens the declared privacy guide from its link', () => {
    const open = jest.spyOn(Taro as unknown as { openPrivacyContract(): void }, 'openPrivacyContract')
    render(<PrivacyPopup />)
    weChatAsks()
    act(() => fireEvent.click(screen.getByText('《隐私保护指引》')))
    expect(open).toHaveBeenCalledTimes(1)
  })

  test('shows only the newest popup mounted (the page on top)', () => {
    render(
      <>
        <div data-testid="under">
          <PrivacyPopup />
        </div>
        <div data-testid="top">
          <PrivacyPopup />
        </div>
      </>,
    )
    weChatAsks()
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
    expect(screen.getByTestId('top').querySelector('[role="dialog"]')).toBeTruthy()
  })

  test('a page closed with the question open refuses it, so that the call does not hang', () => {
    const { unmount } = render(<PrivacyPopup />)
    const answers = weChatAsks()
    unmount()
    expect(answers).toEqual([{ event: 'disagree' }])
  })

  test('with no popup on the page, WeChat’s question is refused at once', () => {
    const answers = weChatAsks()
    expect(answers).toEqual([{ event: 'disagree' }])
  })
})
