export { useMe, rememberMe, forgetMe } from './use-me'
export { NAME_LABEL, fieldError, serverFieldErrors, useProfileForm, type FieldErrors, type FieldLabels, type ProfileField } from './profile-form'
