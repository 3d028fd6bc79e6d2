import fc from 'fast-check'

/** Values an attacker (or a broken client) may send in place of any field. */

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\u202Eevil',
  '\u200B',
  '𠮷'.repeat(600),
  '👨‍👩‍👧‍👦'.repeat(200),
  'a'.repeat(100_000),
  '__proto__',
  'constructor',
  'prototype',
  '../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'local:evidence/../../secret.jpg',
  '<script>alert(1)</script>',
  "'; DROP TABLE submissions; --",
  '{"$ne": null}',
  'B1.1',
  '2022',
]

const HOSTILE_NUMBERS = [NaN, Infinity, -Infinity, Number('1e309'), -0, 1e308, -1, 0.5, 2022.5, 2 ** 53 + 2, -2147483649]

/** An object whose own keys include __proto__ / constructor, as JSON.parse makes them. */
const pollutingObjects = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true, "role": "admin"}}') as unknown,
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
  JSON.parse('{"B1.1": {"__proto__": {"score": 99}}, "__proto__": null}') as unknown,
  Object.create(null) as unknown,
)

/** Nesting far beyond anything valid: 50 to 5000 levels of arrays or objects. */
const deeplyNested = fc.tuple(fc.integer({ min: 50, max: 5000 }), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value }
  return value
})

/** One object with thousands of keys (a patch "with every item", ten thousand times). */
const wideObject = fc.integer({ min: 201, max: 5000 }).map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`B${i % 99}.${i % 97}`, i])))

export const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 20 }))
export const hostileNumber = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.double(), fc.integer())

/** Any hostile value: odd scalars, strings, numbers, prototype-polluting, deep or wide objects, arbitrary JSON. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [[]], BigInt(10)),
  pollutingObjects,
  deeplyNested,
  wideObject,
  fc.anything({ maxDepth: 4, maxKeys: 6, key: hostileString, withNullPrototype: true, withBoxedValues: true, withDate: true }),
  fc.jsonValue({ maxDepth: 4 }),
)

export type Mutation = { kind: 'replace' } | { kind: 'set' | 'add' | 'delete'; pick: number; key: string }

/** How a near-valid input is spoiled: replaced whole, one field set to a hostile value, one added or removed. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'replace' }),
  fc.record({ kind: fc.constantFrom('set' as const, 'add' as const, 'delete' as const), pick: fc.nat(), key: hostileString }),
)

/** `base` spoiled by `m` with `value`; nested objects one level down are fair game too. */
export function spoil(base: Record<string, unknown>, m: Mutation, value: unknown): unknown {
  if (m.kind === 'replace') return value
  const keys = Object.keys(base)
  const copy: Record<string, unknown> = { ...base }
  if (m.kind === 'add' || keys.length === 0) {
    Object.defineProperty(copy, m.key, { value, enumerable: true, configurable: true, writable: true })
    return copy
  }
  const key = keys[m.pick % keys.length]!
  if (m.kind === 'delete') delete copy[key]
  else {
    const inner = copy[key]
    const isObject = typeof inner === 'object' && inner !== null && !Array.isArray(inner)
    const innerKeys = isObject ? Object.keys(inner) : []
    copy[key] = innerKeys.length > 0 && m.pick % 2 === 1 ? { ...(inner as object), [innerKeys[m.pick % innerKeys.length]!]: value } : value
  }
  return copy
}
