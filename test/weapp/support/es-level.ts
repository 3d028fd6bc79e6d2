import { parse, type Node } from 'acorn'

/** The ECMAScript edition every emitted file must parse at: ES2019, for the declared `ios >= 12` (Safari 12.1). */
export const ES_LEVEL = 2019

/** Syntax newer than ES2019, as acorn's AST shows it, with the edition that brought it. */
const NEWER: readonly [string, (node: Record<string, unknown>) => boolean][] = [
  ['optional chaining `?.` (ES2020)', (n) => n.type === 'ChainExpression'],
  ['nullish coalescing `??` (ES2020)', (n) => n.type === 'LogicalExpression' && n.operator === '??'],
  ['BigInt literal (ES2020)', (n) => n.type === 'Literal' && typeof n.bigint === 'string'],
  ['dynamic import() (ES2020)', (n) => n.type === 'ImportExpression'],
  ['import.meta (ES2020)', (n) => n.type === 'MetaProperty' && (n.meta as { name?: string }).name === 'import'],
  ['logical assignment `||=` `&&=` `??=` (ES2021)', (n) => n.type === 'AssignmentExpression' && ['||=', '&&=', '??='].includes(String(n.operator))],
  ['numeric separator (ES2021)', (n) => n.type === 'Literal' && typeof n.raw === 'string' && /^[\d.]/.test(n.raw) && n.raw.includes('_')],
  ['class field (ES2022)', (n) => n.type === 'PropertyDefinition'],
  ['private name `#x` (ES2022)', (n) => n.type === 'PrivateIdentifier'],
  ['class static block (ES2022)', (n) => n.type === 'StaticBlock'],
  ['regular expression flag d or v (ES2022+)', (n) => n.type === 'Literal' && /[dv]/.test((n.regex as { flags?: string } | undefined)?.flags ?? '')],
]

export interface SyntaxFinding {
  construct: string
  line: number
  column: number
  excerpt: string
}

/** What in `source` is newer than ES2019 (nothing: []), each construct once with its first place. */
export function newerSyntax(source: string): SyntaxFinding[] {
  try {
    parse(source, { ecmaVersion: ES_LEVEL, sourceType: 'script' })
    return []
  } catch (atLevel) {
    let tree: Node
    try {
      tree = parse(source, { ecmaVersion: 'latest', sourceType: 'script', locations: true })
    } catch {
      // Not even the latest edition parses it: report where the ES2019 parse stopped.
      const { loc, pos, message } = atLevel as SyntaxError & { loc: { line: number; column: number }; pos: number }
      return [{ construct: message, line: loc.line, column: loc.column, excerpt: source.slice(Math.max(0, pos - 40), pos + 40) }]
    }
    return findNewer(tree, source)
  }
}

function findNewer(tree: Node, source: string): SyntaxFinding[] {
  const found = new Map<string, SyntaxFinding>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (!value || typeof value !== 'object') return
    const node = value as Record<string, unknown> & { start?: number; loc?: { start: { line: number; column: number } } }
    if (typeof node.type === 'string') {
      for (const [construct, matches] of NEWER) {
        if (found.has(construct) || !matches(node) || !node.loc) continue
        const at = node.start ?? 0
        found.set(construct, { construct, ...node.loc.start, excerpt: source.slice(Math.max(0, at - 30), at + 50) })
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'loc') visit(child)
  }
  visit(tree)
  return [...found.values()]
}
