import { createElement, forwardRef, type ReactNode } from 'react'

/**
 * @tarojs/components as plain DOM elements, so components render in jsdom. Taro's events carry the
 * value in `detail`; the mock adds it to the DOM event before calling the handler.
 */
type Props = Record<string, unknown> & { children?: ReactNode }

const TARO_ONLY = new Set([
  'hoverClass', 'hoverStyle', 'catchMove', 'scrollY', 'scrollX', 'scrollIntoView', 'scrollTop', 'scrollWithAnimation',
  'userSelect', 'decode', 'mode', 'lazyLoad', 'maxlength', 'placeholderClass', 'placeholderStyle', 'confirmType',
  'adjustPosition', 'autoHeight', 'showConfirmBar', 'cursorSpacing', 'alwaysEmbed', 'holdKeyboard', 'formType',
  'openType', 'nativeProps', 'enableFlex', 'selectable', 'space', 'onTouchStart', 'onTouchMove', 'onTouchEnd',
  'onTouchCancel', 'onLongPress', 'catchtouchmove', 'onScrollToLower', 'onScrollToUpper', 'onConfirm', 'lowerThreshold',
  'upperThreshold', 'focus', 'onLineChange', 'onKeyboardHeightChange', 'confirmHold', 'cursor', 'selectionStart',
  'selectionEnd', 'password', 'onAnimationEnd', 'onAnimationStart', 'onTransitionEnd', 'animation', 'refresherEnabled',
  'fixed', 'disableDefaultPadding', 'showCount', 'showMenuByLongpress', 'svg', 'webp', 'imageMenuPrevent', 'onLoad', 'onError',
])

function domProps(props: Props): Props {
  const out: Props = {}
  for (const [key, value] of Object.entries(props)) {
    if (TARO_ONLY.has(key)) continue
    if (key === 'ariaRole') out.role = value
    else if (/^aria[A-Z]/.test(key)) out[`aria-${key.slice(4).toLowerCase()}`] = value
    else out[key] = value
  }
  const { onInput, onChange } = props as { onInput?: (e: unknown) => void; onChange?: (e: unknown) => void }
  if (onInput || onChange) {
    const withDetail = (e: { target: { value?: unknown; checked?: unknown } }) =>
      Object.assign(e, { detail: { value: e.target.value, checked: e.target.checked } })
    delete out.onInput
    out.onChange = (e: { target: { value?: unknown; checked?: unknown } }) => {
      const event = withDetail(e)
      onInput?.(event)
      onChange?.(event)
    }
  }
  if (typeof props.maxlength === 'number' && props.maxlength >= 0) out.maxLength = props.maxlength
  return out
}

const element = (tag: string, displayName: string) => {
  const Component = forwardRef<unknown, Props>((props, ref) => createElement(tag, { ...domProps(props), ref }))
  Component.displayName = displayName
  return Component
}

export const View = element('div', 'View')
export const Text = element('span', 'Text')
export const Button = element('button', 'Button')
export const Input = element('input', 'Input')
export const Textarea = element('textarea', 'Textarea')
export const Image = element('img', 'Image')
export const ScrollView = element('div', 'ScrollView')
export const Label = element('label', 'Label')
export const Form = element('form', 'Form')
export const Icon = element('i', 'Icon')
export const RichText = element('div', 'RichText')
export const Swiper = element('div', 'Swiper')
export const SwiperItem = element('div', 'SwiperItem')
export const Video = element('video', 'Video')
export const Progress = element('progress', 'Progress')
export const Switch = forwardRef<unknown, Props>(({ checked, onChange, ...rest }, ref) =>
  createElement('input', {
    ...domProps(rest),
    ref,
    type: 'checkbox',
    role: 'switch',
    checked: Boolean(checked),
    onChange: (e: { target: { checked: boolean } }) =>
      (onChange as ((e: unknown) => void) | undefined)?.({ ...e, detail: { value: e.target.checked } }),
  }),
)
Switch.displayName = 'Switch'
