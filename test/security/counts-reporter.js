/**
 * Prints what the security suites counted (matrix cells checked, fuzz cases run, faults injected) at the
 * end of a jest run. Suites run in worker processes, so they append `kind<TAB>n` lines to a file whose path
 * this reporter puts in the environment before any worker starts (workers inherit it).
 */
const { mkdtempSync, readFileSync, rmSync } = require('node:fs')
const { tmpdir } = require('node:os')
const { join } = require('node:path')

class SecurityCountsReporter {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'security-counts-'))
    process.env.SECURITY_COUNTS_FILE = join(this.dir, 'counts.tsv')
  }

  onRunComplete() {
    let text = ''
    try {
      text = readFileSync(process.env.SECURITY_COUNTS_FILE, 'utf8')
    } catch {
      // No security suite ran.
    }
    rmSync(this.dir, { recursive: true, force: true })
    const totals = new Map()
    for (const line of text.split('\n').filter(Boolean)) {
      const [kind, n] = line.split('\t')
      totals.set(kind, (totals.get(kind) ?? 0) + Number(n))
    }
    if (totals.size === 0) return
    const lines = [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([kind, n]) => `  ${kind}: ${n}`)
    process.stdout.write(`\nSecurity checks\n${lines.join('\n')}\n`)
  }
}

module.exports = SecurityCountsReporter
