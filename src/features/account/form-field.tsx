import { Input as NativeInput, Text, View } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { PHONE_KEYBOARD } from '../../components/keyboards'
import type { FieldErrors, FieldLabels, ProfileField } from './profile-form'
import './form-field.scss'

interface FieldSpec {
  label: string
  placeholder: string
}

const SPECS: Record<ProfileField, FieldSpec> = {
  bindingCode: { label: '绑定码', placeholder: '管理员发放的绑定码' },
  name: { label: '填报人', placeholder: '您的姓名' },
  phone: { label: '手机号', placeholder: '11位手机号' },
}

interface ProfileFieldsProps<F extends ProfileField> {
  fields: readonly F[]
  values: Record<F, string>
  errors: FieldErrors
  /** Labels instead of the bind form's (e.g. 审核员姓名 for a reviewer's name). */
  labels?: FieldLabels
  onChange(field: F, value: string): void
}

/**
 * Labelled inputs of the bind and profile forms, each with its message below it. None is cut at a length (a
 * 12-digit typo cut to 11 would look like a valid phone): the field's schema names what is too long.
 */
export function ProfileFields<F extends ProfileField>({ fields, values, errors, labels = {}, onChange }: ProfileFieldsProps<F>) {
  return (
    <View className="form-fields">
      {fields.map((field) => {
        const spec = SPECS[field]
        const label = labels[field] ?? spec.label
        const error = errors[field]
        return (
          <View key={field} className={`form-field${error ? ' form-field--invalid' : ''}`}>
            <Text className="form-field__label">{label}</Text>
            {field === 'phone' ? (
              // The number pad, but not NutUI's number box: it drops what is not a digit and all after a "-" or
              // ".", so "138-0013-8000" became 138. What was typed stays; the form sends its 11 digits.
              <NativeInput
                className="form-field__native"
                type={PHONE_KEYBOARD}
                value={values[field]}
                placeholder={spec.placeholder}
                placeholderClass="form-field__placeholder"
                maxlength={-1}
                aria-label={label}
                onInput={(e) => onChange(field, String(e.detail.value))}
              />
            ) : (
              <Input
                className="form-field__input"
                value={values[field]}
                placeholder={spec.placeholder}
                aria-label={label}
                onChange={(v) => onChange(field, v)}
              />
            )}
            {error ? <Text className="form-field__error">{error}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
