import { MobilePhone, normalizeMobilePhone } from '../../src/shared'

describe('a mobile number as people paste it', () => {
  it.each([
    ['13800138000', '13800138000'],
    [' 138 0013 8000 ', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['＋８６ １３８００１３８０００', '13800138000'],
    ['0086-13800138000', '13800138000'],
  ])('reads %j as its 11 digits', (typed, digits) => {
    expect(normalizeMobilePhone(typed)).toBe(digits)
    expect(MobilePhone.safeParse(normalizeMobilePhone(typed)).success).toBe(true)
  })

  it.each(['138001380001', '8613800138000', '138.0013.8000', '1380013800', '+86 1380013800', '', '一三八'])(
    'leaves %j for the schema to name, never cut into a valid-looking number',
    (typed) => {
      const result = MobilePhone.safeParse(normalizeMobilePhone(typed))
      expect(result.success).toBe(false)
    },
  )
})
