export { useMe, rememberMe, forgetMe, refreshMe, currentMe } from './use-me'
export { watchRoleChanges, startPage } from './role-watch'
export { NAME_LABEL, fieldError, serverFieldErrors, useProfileForm, type FieldErrors, type FieldLabels, type ProfileField } from './profile-form'
export { useCurrentYear } from './current-year'
