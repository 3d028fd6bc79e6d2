import type { IssuedCode } from '../../shared'

/**
 * The binding codes just made (an import, an add, a reissue), kept in memory only: the server keeps hashes, and
 * codes must not linger in storage. The codes page shows them until the next batch replaces them.
 */
let latest: { title: string; codes: IssuedCode[] } = { title: '', codes: [] }

export function rememberIssuedCodes(title: string, codes: IssuedCode[]): void {
  latest = { title, codes }
}

export const issuedCodes = () => latest

