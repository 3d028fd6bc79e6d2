import { useState } from 'react'
import { MobilePhone, PersonName, BindInput, normalizeMobilePhone, text, type Role } from '../../shared'
import type * as z from '../../shared/zod'

/** The fields of the bind and profile forms, checked by the same schemas the server parses with. */
export type ProfileField = 'bindingCode' | 'name' | 'phone'
export type FieldValues = Record<ProfileField, string>
export type FieldErrors = Partial<Record<ProfileField, string>>

const SCHEMAS: Record<ProfileField, z.ZodMiniType> = {
  bindingCode: BindInput.shape.bindingCode,
  name: PersonName,
  phone: MobilePhone,
}

/** Fields whose label differs from the bind form's (the name of a reviewer or an admin is not a 填报人's). */
export type FieldLabels = Partial<Record<ProfileField, string>>

/** What a user's name is called, by role: 填报人 for a society's filler, else 审核员姓名 / 管理员姓名. */
export const NAME_LABEL: Record<Role, string> = { filler: '填报人', reviewer: '审核员姓名', admin: '管理员姓名' }

const schemaOf = (field: ProfileField, labels: FieldLabels): z.ZodMiniType =>
  field === 'name' && labels.name ? text(labels.name, 30) : SCHEMAS[field]

/** What is sent for a field as typed: trimmed, and a phone as its 11 digits ("138 0013 8000" → 13800138000). */
const sentValue = (field: ProfileField, value: string): string => (field === 'phone' ? normalizeMobilePhone(value) : value.trim())

/** The field's first problem in Chinese, naming the field (as `labels` call it); null when the value is fine. */
export function fieldError(field: ProfileField, value: string, labels: FieldLabels = {}): string | null {
  const sent = sentValue(field, value)
  if (field === 'phone' && sent === '') return '请填写手机号'
  const result = schemaOf(field, labels).safeParse(sent)
  return result.success ? null : (result.error.issues[0]?.message ?? '格式不正确')
}

/** Maps a server INVALID_INPUT's problems (`name：…`) back onto the fields they name. */
export function serverFieldErrors(details: unknown, fields: readonly ProfileField[]): FieldErrors {
  const problems = (details as { problems?: unknown } | null)?.problems
  const errors: FieldErrors = {}
  if (!Array.isArray(problems)) return errors
  for (const problem of problems) {
    if (typeof problem !== 'string') continue
    const field = fields.find((f) => problem.startsWith(`${f}：`))
    if (field && !errors[field]) errors[field] = problem.slice(field.length + 1)
  }
  return errors
}

/**
 * Values and live errors of a form: a field is checked on every keystroke once the user has typed in it,
 * and every field when the user tries to submit.
 */
export function useProfileForm<F extends ProfileField>(fields: readonly F[], initial: Partial<FieldValues> = {}, labels: FieldLabels = {}) {
  const [values, setValues] = useState(() => Object.fromEntries(fields.map((f) => [f, initial[f] ?? ''])) as Record<F, string>)
  const [errors, setErrors] = useState<FieldErrors>({})

  const change = (field: F, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors((e) => ({ ...e, [field]: fieldError(field, value, labels) ?? undefined }))
  }

  /** Checks every field; true when all are valid. */
  const validate = (): boolean => {
    const next: FieldErrors = {}
    for (const f of fields) next[f] = fieldError(f, values[f], labels) ?? undefined
    setErrors(next)
    return fields.every((f) => !next[f])
  }

  const toSend = () => Object.fromEntries(fields.map((f) => [f, sentValue(f, values[f])])) as Record<F, string>

  return { values, errors, change, validate, toSend, setErrors }
}
