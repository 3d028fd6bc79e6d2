import type { DateFieldProps } from './date-field'
import './date-field.scss'

/** A date, chosen with the browser's own date picker. */
export function DateField({ label, value, onChange }: DateFieldProps) {
  return (
    <input
      className="date-field"
      type="date"
      aria-label={label}
      value={value ?? ''}
      onChange={(e) => {
        if (e.target.value) onChange(e.target.value)
      }}
    />
  )
}
