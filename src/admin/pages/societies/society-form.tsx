import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Dialog, Input } from '@nutui/nutui-react-taro'
import { charCount, RegisterSocietyInput } from '../../../shared'
import { fieldProblem } from '../../components/field-check'

export interface SocietyFields {
  name: string
  contact: string
  phone: string
}

const SHAPE = RegisterSocietyInput.shape
const FIELDS: { key: keyof SocietyFields; label: string; placeholder: string; max: number; schema: (typeof SHAPE)[keyof typeof SHAPE] }[] = [
  { key: 'name', label: '学会名称', placeholder: '如 自治区气象学会', max: 60, schema: SHAPE.name },
  { key: 'contact', label: '联系人', placeholder: '选填', max: 30, schema: SHAPE.contact },
  { key: 'phone', label: '联系电话', placeholder: '手机号或带区号的座机号，选填', max: 20, schema: SHAPE.phone },
]

interface SocietyFormProps {
  visible: boolean
  title: string
  initial: SocietyFields
  /** Short enough for the dialog's half-width button on a 375 px phone (about five characters). */
  confirmText: string
  /** What happens on confirming, shown above the fields. */
  note?: string
  /** A message from the server (e.g. the name is taken), shown under the fields. */
  serverError: string | null
  busy: boolean
  onCancel(): void
  onSubmit(fields: SocietyFields): void
}

/** Adds or edits a society: name, contact and phone, each checked by the server's own schema as it is typed. */
export function SocietyForm({ visible, title, initial, confirmText, note, serverError, busy, onCancel, onSubmit }: SocietyFormProps) {
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<Partial<Record<keyof SocietyFields, string>>>({})
  useEffect(() => {
    if (visible) {
      setValues(initial)
      setErrors({})
    }
    // Reset only when the dialog opens, not while the user types (initial is a fresh object each render).
  }, [visible])

  const check = (next: SocietyFields) =>
    Object.fromEntries(FIELDS.map((f) => [f.key, fieldProblem(f.schema, next[f.key]) ?? undefined])) as typeof errors

  const change = (key: keyof SocietyFields, value: string) => {
    const next = { ...values, [key]: value }
    setValues(next)
    setErrors((e) => ({ ...e, [key]: check(next)[key] }))
  }

  const confirm = () => {
    const found = check(values)
    setErrors(found)
    if (Object.values(found).some(Boolean) || busy) return
    onSubmit({ name: values.name.trim(), contact: values.contact.trim(), phone: values.phone.trim() })
  }

  return (
    <Dialog className="society-dialog" visible={visible} title={title} confirmText={confirmText} cancelText="取消" closeOnOverlayClick={false} onConfirm={confirm} onCancel={onCancel}>
      <View className="society-form">
        {note ? <Text className="society-form__note">{note}</Text> : null}
        {FIELDS.map((f) => (
          <View key={f.key} className="society-form__field">
            <Text className="society-form__label">
              {f.label}
              <Text className={`society-form__count${charCount(values[f.key]) > f.max ? ' society-form__count--over' : ''}`}>
                {' '}
                {charCount(values[f.key])}/{f.max}
              </Text>
            </Text>
            <Input
              className="society-form__input"
              value={values[f.key]}
              placeholder={f.placeholder}
              // Not cut at the limit (a paste would lose its end unseen): the schema's message says what is too long.
              maxLength={-1}
              aria-label={f.label}
              onChange={(v) => change(f.key, v)}
            />
            {errors[f.key] ? <Text className="society-form__error">{errors[f.key]}</Text> : null}
          </View>
        ))}
        {serverError ? <Text className="society-form__error">{serverError}</Text> : null}
      </View>
    </Dialog>
  )
}
