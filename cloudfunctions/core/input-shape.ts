import { ActionError } from '../../src/shared'

/**
 * Bounds on the shape of any action's input, checked before its schema: the largest valid input (a whole
 * form's answers: 38 items, 50 entries each) stays far inside them, while a hostile one (deep nesting,
 * thousands of keys) is refused in time proportional to these bounds, never to its own size.
 */
export const INPUT_SHAPE_LIMITS = {
  /** Levels of objects and arrays; a saveAnswers entry sits at level 5. */
  depth: 12,
  /**
   * Keys of one object or items of one array. An import of societies has up to 1,000 rows (MAX_IMPORT_ROWS);
   * a little more is let through so that the schema's own message, naming that limit, answers 1,001 rows.
   */
  width: 1100,
  /** Objects, arrays and values in all. */
  nodes: 20_000,
} as const

const tooComplex = (why: string) => new ActionError('INVALID_INPUT', `输入过于复杂：${why}`)

/** Throws INVALID_INPUT when `input` exceeds INPUT_SHAPE_LIMITS; walks it without recursion. */
export function checkInputShape(input: unknown): void {
  const { depth, width, nodes } = INPUT_SHAPE_LIMITS
  const stack: Array<[unknown, number]> = [[input, 1]]
  let seen = 0
  while (stack.length > 0) {
    const [value, level] = stack.pop()!
    if (++seen > nodes) throw tooComplex(`超过${nodes}个值`)
    if (typeof value !== 'object' || value === null) continue
    if (level > depth) throw tooComplex(`嵌套超过${depth}层`)
    const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>)
    if (children.length > width) throw tooComplex(`一处超过${width}项`)
    for (const child of children) stack.push([child, level + 1])
  }
}
