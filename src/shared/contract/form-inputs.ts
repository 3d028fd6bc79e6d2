import * as z from '../zod'
import { ADMIN_SETUP_CODE_MAX } from './admin-setup-code'
import { MobilePhone, PersonName, optionalText, text } from './fields'
import { isContactPhone, normalizePhone } from '../admin/import-rows'

// The inputs of the actions whose forms the phone checks field by field with the server's own schemas. They
// live apart from the action table so that a page importing one of them does not carry every action's schemas.

/** Optional 联系电话: a mobile or a landline with its area code, or empty. */
export const ContactPhone = z
  .string({ error: '联系电话必须是文字' })
  .check(z.refine((p) => p.trim() === '' || isContactPhone(normalizePhone(p)), { error: '联系电话应为手机号或带区号的座机号，如 0991-1234567' }))

export const ProfileInput = z.strictObject({ name: PersonName, phone: MobilePhone })
export const BindInput = z.strictObject({ bindingCode: text('绑定码', 32), ...ProfileInput.shape })
export const ClaimAdminInput = z.strictObject({ code: text('管理员设置码', ADMIN_SETUP_CODE_MAX) })
export const AcceptInviteInput = z.strictObject({ code: text('邀请码', 32), name: text('姓名', 30), phone: z.optional(MobilePhone) })
export const InviteReviewerInput = z.strictObject({ name: z.optional(optionalText('被邀请人', 30)) })
export const RegisterSocietyInput = z.strictObject({
  name: text('学会名称', 60),
  contact: z.optional(optionalText('联系人', 30)),
  phone: z.optional(ContactPhone),
})
