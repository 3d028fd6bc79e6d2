import type { Rubric } from '../rubric/types'
import { itemById, rubricItems } from '../rubric'
import type * as z from '../zod'
import { itemAnswerSchema } from './item-answer'
import type { Answers, ItemAnswer } from './wire'

/** One thing wrong with an answers object, naming the item and, in Chinese, the problem. */
export interface AnswerIssue {
  readonly itemId: string | null
  readonly path: readonly (string | number)[]
  readonly message: string
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: AnswerIssue[] }

export const formatIssue = (issue: AnswerIssue): string =>
  issue.itemId ? `${issue.itemId}：${issue.message}` : issue.message

export const formatIssues = (issues: readonly AnswerIssue[]): string => issues.map(formatIssue).join('\n')

const schemaCache = new WeakMap<Rubric, Map<string, z.ZodMiniType>>()

function schemasOf(rubric: Rubric): Map<string, z.ZodMiniType> {
  let schemas = schemaCache.get(rubric)
  if (!schemas) {
    schemas = new Map(rubricItems(rubric).map((item) => [item.id, itemAnswerSchema(item) as z.ZodMiniType]))
    schemaCache.set(rubric, schemas)
  }
  return schemas
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Where in an item a zod issue points, in words a filler understands. */
function describePath(path: readonly PropertyKey[]): string {
  const entry = path[0] === 'entries' && typeof path[1] === 'number' ? `第${path[1] + 1}条` : ''
  const photo = path[0] === 'photos' && typeof path[1] === 'number' ? `第${path[1] + 1}张照片` : ''
  return entry || photo
}

/** Validates one item's answer against its rubric item. */
export function parseItemAnswer(rubric: Rubric, itemId: string, input: unknown): ParseResult<ItemAnswer> {
  const schema = schemasOf(rubric).get(itemId)
  if (!schema) {
    return {
      ok: false,
      issues: [{ itemId, path: [], message: `没有这个指标（${rubric.year}年度自评表的指标编号如 B1.1、A4.1）` }],
    }
  }
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data as ItemAnswer }
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
      const where = describePath(path)
      return { itemId, path, message: where ? `${where}，${issue.message}` : issue.message }
    }),
  }
}

/**
 * Validates an answers object (the wire format) against a rubric. Partial answers are valid; every
 * problem is reported, each naming its item. Only known item ids are copied into the result.
 */
export function parseAnswers(rubric: Rubric, input: unknown): ParseResult<Answers> {
  if (!isPlainObject(input)) {
    return { ok: false, issues: [{ itemId: null, path: [], message: '答案必须是以指标编号（如 B1.1）为键的对象' }] }
  }
  const known = itemById(rubric)
  const answers: Answers = {}
  const issues: AnswerIssue[] = []
  for (const itemId of Object.keys(input)) {
    if (!known.has(itemId)) {
      issues.push({ itemId, path: [], message: `没有这个指标（${rubric.year}年度自评表的指标编号如 B1.1、A4.1）` })
      continue
    }
    const parsed = parseItemAnswer(rubric, itemId, input[itemId])
    if (parsed.ok) answers[itemId] = parsed.value
    else issues.push(...parsed.issues)
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: answers }
}
