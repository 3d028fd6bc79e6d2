const pad = (n: number): string => String(n).padStart(2, '0')

/** An ISO timestamp as the phone's local `YYYY-MM-DD HH:mm`; the text itself when it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
