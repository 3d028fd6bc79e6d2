import type { SelectFieldProps } from './select-field'
import './date-field.scss'

/** One of a list, chosen with the browser's own list box. */
export function SelectField({ label, options, value, placeholder, onChange }: SelectFieldProps) {
  return (
    <select className="date-field" aria-label={label} value={value ?? ''} onChange={(e) => e.target.value !== '' && onChange(Number(e.target.value))}>
      <option value="" disabled>
        {placeholder}
      </option>
      {options.map((option, i) => (
        <option key={option} value={i}>
          {option}
        </option>
      ))}
    </select>
  )
}
