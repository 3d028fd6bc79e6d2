/** Full-width digits and points (as Chinese keyboards type them) and a decimal comma, as ASCII. */
export function normalizeNumber(raw: string): string {
  return raw
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。，,]/g, '.')
    .replace(/－/g, '-')
}

/** A plain decimal as a person types it ("4." on the way to "4.5" included): no exponent, no hex, no thousands separator. */
export const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/

/** The number a person typed (4.5, "4,5", "４．５"), or null when it is not a plain decimal (1e3, abc, empty). */
export function readTypedNumber(raw: string): number | null {
  const text = normalizeNumber(raw)
  return PLAIN_NUMBER.test(text) ? Number(text) : null
}
