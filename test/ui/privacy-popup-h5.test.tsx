import { render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { privacy } from './mocks/taro'
import { PrivacyPopup } from '../../src/features/privacy'

// The H5 build resolves listen.h5.ts beside listen.ts (Taro platform files).
jest.mock('../../src/features/privacy/listen', () => jest.requireActual('../../src/features/privacy/listen.h5'))

test('H5: the popup registers nothing with WeChat and renders nothing', () => {
  const register = jest.spyOn(Taro as unknown as { onNeedPrivacyAuthorization(l: unknown): void }, 'onNeedPrivacyAuthorization')
  const { container } = render(
    <div>
      <PrivacyPopup />
    </div>,
  )
  expect(register).not.toHaveBeenCalled()
  expect(privacy.listener).toBeNull()
  expect(container.innerHTML).toBe('<div></div>')
})
