/** One measured figure of `npm run bench`, beside the floor measured in the same run and its budget. */
export interface Figure {
  readonly bench: string
  readonly name: string
  readonly value: number
  readonly unit: string
  /** The same figure for the floor (a blank page, a trivial endpoint), measured in the same run. */
  readonly floor?: { readonly name: string; readonly value: number }
  /** The budget the figure must meet, in its own unit; `ok` tells whether it does. */
  readonly budget?: { readonly max: number; readonly text: string }
  readonly ok?: boolean
  readonly note?: string
}

export type FigureInput = Omit<Figure, 'bench' | 'ok'>

/** A bench's figures, each checked against its budget (when it has one). */
export function figures(bench: string, inputs: readonly FigureInput[]): Figure[] {
  return inputs.map((f) => ({ ...f, bench, ...(f.budget ? { ok: f.value <= f.budget.max } : {}) }))
}

export const KB = 1024

const fmt = (value: number, unit: string) =>
  unit === 'B' && value >= KB ? `${(value / KB).toFixed(1)} KB` : `${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}`

/** The table printed at the end: figure, value, floor, ratio, budget, met or not. */
export function table(rows: readonly Figure[]): string {
  const cells = rows.map((f) => [
    f.bench,
    f.name,
    fmt(f.value, f.unit),
    f.floor ? `${fmt(f.floor.value, f.unit)} (${f.floor.name})` : '',
    f.floor && f.floor.value > 0 ? `${(f.value / f.floor.value).toFixed(2)}×` : '',
    f.budget?.text ?? '',
    f.ok === undefined ? '' : f.ok ? 'met' : 'OVER',
  ])
  const head = ['bench', 'figure', 'value', 'floor (same run)', 'ratio', 'budget', '']
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]!))))
  const line = (c: string[]) => c.map((s, i) => s + ' '.repeat(widths[i]! - width(s))).join('  ').trimEnd()
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1
  return w
}
