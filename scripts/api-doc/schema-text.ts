import {
  Evidence,
  ItemAnswer,
  ItemId,
  Me,
  MobilePhone,
  Notification,
  PageNumber,
  PageSize,
  PersonName,
  ReturnReasons,
  Review,
  ReviewItem,
  ScoreSummary,
  SocietyAdminView,
  SubmissionListRow,
  SubmissionView,
  Transition,
  UserAdminView,
  Version,
  Year,
} from '../../src/shared'

/** Reads zod/mini schemas of the contract as TypeScript-like text and their Chinese validation messages. */

interface Def {
  type: string
  shape?: Record<string, Schema>
  catchall?: Schema
  innerType?: Schema
  element?: Schema
  keyType?: Schema
  valueType?: Schema
  entries?: Record<string, string>
  checks?: { _zod: { def: { error?: (issue: object) => unknown } } }[]
}
export interface Schema {
  _zod: { def: Def }
  safeParse(value: unknown): { success: boolean }
}

/** Entities documented once and referred to by name. */
export const ENTITIES: Record<string, unknown> = {
  Me,
  SubmissionView,
  SubmissionListRow,
  ScoreSummary,
  Review,
  ReviewItem,
  ReturnReasons,
  Transition,
  Evidence,
  ItemAnswer,
  Notification,
  SocietyAdminView,
  UserAdminView,
}

/** Field schemas shared by many actions, named in the types and explained once. */
export const FIELDS: Record<string, unknown> = { Year, ItemId, Version, PersonName, MobilePhone, PageNumber, PageSize }

const nameOf = (schema: unknown, skip?: unknown): string | undefined =>
  schema === skip
    ? undefined
    : (Object.entries(ENTITIES).find(([, s]) => s === schema)?.[0] ?? Object.entries(FIELDS).find(([, s]) => s === schema)?.[0])

/** `schema` as a TypeScript type; named entities and fields by name, except `expand` itself. */
export function typeText(schema: Schema, expand?: unknown): string {
  const named = nameOf(schema, expand)
  if (named) return named
  const def = schema._zod.def
  switch (def.type) {
    case 'object':
      return `{ ${Object.entries(def.shape ?? {})
        .map(([key, field]) => fieldText(key, field))
        .join('; ')} }`
    case 'optional':
      return typeText(def.innerType!)
    case 'nullable':
      return `${typeText(def.innerType!)} | null`
    case 'array': {
      const element = typeText(def.element!)
      return element.includes(' ') ? `Array<${element}>` : `${element}[]`
    }
    case 'record':
      return `Record<${typeText(def.keyType!)}, ${typeText(def.valueType!)}>`
    case 'enum':
      return Object.values(def.entries ?? {})
        .map((v) => `'${v}'`)
        .join(' | ')
    default:
      return def.type
  }
}

export const isOptional = (schema: Schema): boolean => schema._zod.def.type === 'optional'

export const fieldText = (key: string, field: Schema): string =>
  `${key}${isOptional(field) ? '?' : ''}: ${typeText(field)}`

const messagesOf = (def: Def): string[] => [
  ...new Set((def.checks ?? []).map((c) => c._zod.def.error?.({})).filter((m): m is string => typeof m === 'string')),
]

/** The Chinese messages of a field's own checks (its rules), unwrapping optional and nullable. */
export function rules(schema: Schema): string[] {
  if (Object.values(ENTITIES).includes(schema)) return []
  const def = schema._zod.def
  if (def.type === 'optional' || def.type === 'nullable') return rules(def.innerType!)
  // Optional text shares the text helper's "请填写…" check, which an empty string never trips.
  const emptyAllowed = def.type === 'string' && schema.safeParse('').success
  return messagesOf(def).filter((m) => !(emptyAllowed && m.startsWith('请填写')))
}

/** A named field's rules. */
export const fieldRules = (name: string): string[] => rules(FIELDS[name] as Schema)
