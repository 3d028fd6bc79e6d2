import { useEffect, useState } from 'react'
import { isUsableDate } from '../../shared'
import type { DateFieldProps } from './date-field'
import './date-field.scss'

/**
 * A date, chosen with the browser's own date picker or typed. The box keeps what is being typed; only a usable
 * date is passed on, never the years 0002, 0020 and 0202 the box holds while 2027 is typed digit by digit.
 */
export function DateField({ label, value, onChange }: DateFieldProps) {
  const [typed, setTyped] = useState(value ?? '')
  useEffect(() => setTyped(value ?? ''), [value])
  return (
    <input
      className="date-field"
      type="date"
      aria-label={label}
      value={typed}
      onChange={(e) => {
        setTyped(e.target.value)
        if (isUsableDate(e.target.value)) onChange(e.target.value)
      }}
    />
  )
}
