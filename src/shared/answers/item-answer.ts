import * as z from '../zod'
import type { RubricItem, RuleKind } from '../rubric/types'
import {
  MAX_ENTRIES_PER_ITEM,
  MAX_ENTRY_CHARS,
  MAX_FILE_ID_CHARS,
  MAX_PHOTOS_PER_ITEM,
  MAX_REMARK_CHARS,
  charCount,
  isScoreStep,
} from './limits'

/** The one field that carries an item's answer, per rule kind. */
export const ANSWER_FIELD: Record<RuleKind, 'checks' | 'tier' | 'entries' | 'score'> = {
  checks: 'checks',
  tiers: 'tier',
  count: 'entries',
  judgement: 'score',
}

export const KIND_NAME: Record<RuleKind, string> = {
  checks: '逐项判断题',
  tiers: '单选档次题',
  count: '逐条列举题',
  judgement: '自评打分题',
}

/** Names listed in one message at most: a hostile answer may carry hundreds of unknown keys. */
const LISTED_NAMES = 10
const list = (ids: readonly string[]) =>
  ids.length > LISTED_NAMES ? `${ids.slice(0, LISTED_NAMES).join('、')}等${ids.length}个` : ids.join('、')
const shown = (value: unknown) => {
  const text = typeof value === 'string' ? `“${value}”` : JSON.stringify(value) ?? String(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

const Remark = z.string({ error: '备注必须是文字' }).check(
  z.refine((s) => charCount(s) <= MAX_REMARK_CHARS, {
    error: (issue) => `备注不能超过${MAX_REMARK_CHARS}字（现有${charCount(String(issue.input))}字）`,
  }),
)

const FileId = z
  .string({ error: '照片编号必须是文字' })
  .check(z.minLength(1, { error: '照片编号不能为空' }), z.maxLength(MAX_FILE_ID_CHARS, { error: '照片编号过长' }))

const Photos = z.array(FileId, { error: '证明照片必须是照片编号的列表' }).check(
  z.maxLength(MAX_PHOTOS_PER_ITEM, {
    error: (issue) => `证明照片最多${MAX_PHOTOS_PER_ITEM}张（现有${(issue.input as unknown[]).length}张）`,
  }),
  z.refine((ids) => new Set(ids).size === ids.length, { error: '同一张照片重复出现' }),
)

const common = {
  remark: z.optional(Remark),
  photos: z.optional(Photos),
}

function checksField(item: RubricItem & { rule: { kind: 'checks' } }) {
  const ids = item.rule.conditions.map((c) => c.id)
  const shape = Object.fromEntries(
    ids.map((id) => [id, z.optional(z.boolean({ error: `条件“${id}”的回答必须是 true（是）或 false（否）` }))]),
  )
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `没有条件${list(issue.keys.map(shown))}（此项的条件：${list(ids)}）`
        : '“checks”必须是对象，以条件编号为键，true/false 为值',
  })
}

function tierField(item: RubricItem & { rule: { kind: 'tiers' } }) {
  const ids = item.rule.tiers.map((t) => t.id)
  return z.enum(ids as [string, ...string[]], {
    error: (issue) => `没有档次${shown(issue.input)}（此项的档次：${list(ids)}）`,
  })
}

function entriesField(item: RubricItem & { rule: { kind: 'count' } }) {
  const categoryIds = item.rule.categories?.map((c) => c.id)
  const text = z.string({ error: '内容必须是文字' }).check(
    z.refine((s) => s.trim().length > 0, { error: '内容不能为空' }),
    z.refine((s) => charCount(s) <= MAX_ENTRY_CHARS, { error: `内容不能超过${MAX_ENTRY_CHARS}字` }),
  )
  const entryError = (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `不认识的字段${list((issue.keys ?? []).map(shown))}${categoryIds ? '' : '（此项的条目不分类别）'}`
      : '每一条必须是对象，形如 {"text": "…"}'
  const Entry = categoryIds
    ? z.strictObject(
        {
          text,
          category: z.enum(categoryIds as [string, ...string[]], {
            error: (issue) =>
              issue.input === undefined
                ? `必须选择类别（可选：${list(categoryIds)}）`
                : `没有类别${shown(issue.input)}（可选：${list(categoryIds)}）`,
          }),
        },
        { error: entryError },
      )
    : z.strictObject({ text }, { error: entryError })
  return z.array(Entry, { error: '“entries”必须是列表（没有可填空列表 []）' }).check(
    z.maxLength(MAX_ENTRIES_PER_ITEM, { error: `最多填写${MAX_ENTRIES_PER_ITEM}条` }),
  )
}

function scoreField(item: RubricItem) {
  return z.number({ error: '自评分必须是数字' }).check(
    z.refine((n) => n >= 0 && n <= item.max, {
      error: (issue) => `自评分须在0到${item.max}分之间（收到${shown(issue.input)}）`,
      abort: true,
    }),
    z.refine(isScoreStep, { error: (issue) => `自评分须为0.5的倍数（收到${shown(issue.input)}）` }),
  )
}

function kindField(item: RubricItem) {
  const rule = item.rule
  switch (rule.kind) {
    case 'checks':
      return { checks: z.optional(checksField({ ...item, rule })) }
    case 'tiers':
      return { tier: z.optional(tierField({ ...item, rule })) }
    case 'count':
      return { entries: z.optional(entriesField({ ...item, rule })) }
    case 'judgement':
      return { score: z.optional(scoreField(item)) }
  }
}

/** The schema of one item's answer, strict: a field of another kind is an error that says which field fits. */
export function itemAnswerSchema(item: RubricItem) {
  const expected = ANSWER_FIELD[item.rule.kind]
  return z.strictObject(
    { ...kindField(item), ...common },
    {
      error: (issue) => {
        if (issue.code !== 'unrecognized_keys') return '此项的答案必须是对象'
        const wrongKind = issue.keys.filter((k) => (Object.values(ANSWER_FIELD) as string[]).includes(k))
        if (wrongKind.length > 0)
          return `此项是${KIND_NAME[item.rule.kind]}，应填写“${expected}”，不能填写${list(wrongKind.map(shown))}`
        return `不认识的字段${list(issue.keys.map(shown))}`
      },
    },
  )
}
