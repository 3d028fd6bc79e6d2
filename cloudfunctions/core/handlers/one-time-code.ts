import { randomInt } from 'node:crypto'

/** No 0/O or 1/I: a code is read out and typed on a phone. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

export const newOneTimeCode = (length: number): string =>
  Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')

/**
 * A code as people type it, read as it was issued: full-width letters and digits (a Chinese keyboard in
 * full-width mode types ＷＣＲ７) as ASCII, spaces and dashes left out, upper case.
 */
export const typedCode = (typed: string): string => typed.normalize('NFKC').replace(/[\s\-‐-―－]/g, '').toUpperCase()
