export { useMe, rememberMe, forgetMe } from './use-me'
export { fieldError, serverFieldErrors, useProfileForm, type FieldErrors, type ProfileField } from './profile-form'
export { useCurrentYear } from './current-year'
