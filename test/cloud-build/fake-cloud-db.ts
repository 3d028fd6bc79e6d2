import type { Aggregate, CollectionReference, Command, Database, Query } from 'wx-server-sdk'

/**
 * An in-memory stand-in for the part of the cloud database the WeChat store adapter uses, with the
 * behaviours the adapter relies on: `add` refuses an existing `_id`, `set`/`update` never take `_id`, a
 * conditional `update` reports how many documents it changed, and a dot in a key is refused (the real
 * database reads it as a path). It checks the adapter's mapping, not WeChat itself.
 */
type Doc = Record<string, unknown>
type Op = { $in: unknown[] } | { $inc: number } | { $lt: number | string } | { $gt: number | string } | { $push: unknown[] }

const isOp = (value: unknown): value is Op =>
  typeof value === 'object' && value !== null && ['$in', '$inc', '$lt', '$gt', '$push'].some((k) => k in value)

function assertKeys(value: unknown): void {
  if (typeof value !== 'object' || value === null || isOp(value)) return
  for (const [key, inner] of Object.entries(value)) {
    if (key.includes('.') || key.startsWith('$')) throw new Error(`fake db: key "${key}" would be read as a path`)
    assertKeys(inner)
  }
}

function matches(doc: Doc, condition: Doc): boolean {
  return Object.entries(condition).every(([key, expected]) => {
    const actual = doc[key]
    if (isOp(expected)) {
      if ('$in' in expected) return expected.$in.includes(actual)
      if ('$lt' in expected) return typeof actual === typeof expected.$lt && (actual as number) < (expected.$lt as number)
      if ('$gt' in expected) return typeof actual === typeof expected.$gt && (actual as number) > (expected.$gt as number)
      return false
    }
    return actual === expected
  })
}

function apply(doc: Doc, data: Doc): Doc {
  if ('_id' in data) throw new Error('fake db: update/set data must not contain _id')
  assertKeys(data)
  const next = { ...doc }
  for (const [key, value] of Object.entries(data)) {
    if (isOp(value) && '$push' in value) {
      value.$push.forEach(assertKeys)
      next[key] = [...((next[key] as unknown[] | undefined) ?? []), ...clone(value.$push)]
    } else next[key] = isOp(value) && '$inc' in value ? ((next[key] as number) ?? 0) + value.$inc : value
  }
  return next
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

export interface FakeDatabase extends Database {
  readonly tables: Map<string, Map<string, Doc>>
  /** Every database operation (one round trip each), as `collection.kind`, in call order. */
  readonly ops: string[]
  /** Bytes of the documents that reads returned (as JSON). */
  readBytes: number
}

export function fakeCloudDatabase(): FakeDatabase {
  const tables = new Map<string, Map<string, Doc>>()
  const ops: string[] = []
  const counters = { readBytes: 0 }
  const op = (name: string, kind: string) => ops.push(`${name}.${kind}`)
  const returned = <T>(data: T): T => {
    counters.readBytes += JSON.stringify(data).length
    return data
  }
  const table = (name: string) => {
    if (!tables.has(name)) tables.set(name, new Map())
    return tables.get(name) as Map<string, Doc>
  }
  const command = {
    in: (values: readonly unknown[]) => ({ $in: [...values] }) as unknown as Command,
    inc: (by: number) => ({ $inc: by }) as unknown as Command,
    lt: (value: unknown) => ({ $lt: value }) as unknown as Command,
    gt: (value: unknown) => ({ $gt: value }) as unknown as Command,
    push: (values: readonly unknown[]) => ({ $push: [...values] }) as unknown as Command,
  }

  type Stage = { match: Doc } | { lookup: { from: string; localField: string; foreignField: string; as: string } }
  /** match (plain equality and the operators above) and equality lookup: one operation for the whole pipeline. */
  function aggregate(name: string, stages: Stage[]): Aggregate {
    return {
      match: (condition) => aggregate(name, [...stages, { match: condition }]),
      lookup: (options) => aggregate(name, [...stages, { lookup: options }]),
      end: async () => {
        op(name, 'aggregate')
        let docs = [...table(name).values()]
        for (const stage of stages) {
          if ('match' in stage) docs = docs.filter((doc) => matches(doc, stage.match))
          else {
            const { from, localField, foreignField, as } = stage.lookup
            const joined = [...table(from).values()]
            docs = docs.map((doc) => ({ ...doc, [as]: joined.filter((other) => other[foreignField] === doc[localField]) }))
          }
        }
        return { list: returned(clone(docs)) }
      },
    }
  }

  interface State {
    where: Doc
    order: Array<[string, 'asc' | 'desc']>
    skip: number
    limit: number
    fields: string[] | null
  }

  function query(name: string, state: State): Query {
    const selected = () => [...table(name).values()].filter((doc) => matches(doc, state.where))
    const page = () =>
      selected()
        .sort((a, b) => {
          for (const [field, order] of state.order) {
            const x = String(a[field])
            const y = String(b[field])
            if (x !== y) return (x < y ? -1 : 1) * (order === 'asc' ? 1 : -1)
          }
          return 0
        })
        .slice(state.skip, state.skip + state.limit)
    return {
      where: (condition) => query(name, { ...state, where: { ...state.where, ...condition } }),
      orderBy: (field, order) => query(name, { ...state, order: [...state.order, [field, order]] }),
      skip: (n) => query(name, { ...state, skip: n }),
      limit: (n) => {
        if (n > 1000) throw new Error('fake db: limit above 1000')
        return query(name, { ...state, limit: n })
      },
      field: (projection) =>
        query(name, { ...state, fields: Object.keys(projection).filter((k) => projection[k]) }),
      get: async () => {
        op(name, 'get')
        const { fields } = state
        const project = (doc: Doc) => (fields ? Object.fromEntries(Object.entries(doc).filter(([k]) => k === '_id' || fields.includes(k))) : doc)
        return { data: returned(clone(page().map(project))) }
      },
      count: async () => {
        op(name, 'count')
        return { total: selected().length }
      },
      update: async ({ data }) => {
        op(name, 'update')
        const docs = selected()
        for (const doc of docs) table(name).set(doc._id as string, apply(doc, data))
        return { stats: { updated: docs.length } }
      },
      remove: async () => {
        op(name, 'remove')
        const docs = selected()
        for (const doc of docs) table(name).delete(doc._id as string)
        return { stats: { removed: docs.length } }
      },
    }
  }

  const collection = (name: string): CollectionReference => ({
    ...query(name, { where: {}, order: [], skip: 0, limit: 100, fields: null }),
    aggregate: () => aggregate(name, []),
    doc: (id) => ({
      get: async () => {
        op(name, 'doc.get')
        const doc = table(name).get(id)
        if (!doc) throw new Error(`document.get:fail document with _id ${id} does not exist`)
        return { data: returned(clone(doc)) }
      },
      set: async ({ data }) => {
        op(name, 'doc.set')
        const existed = table(name).has(id)
        table(name).set(id, { ...apply({}, data), _id: id })
        return { _id: id, stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 } }
      },
      update: async ({ data }) => {
        op(name, 'doc.update')
        const doc = table(name).get(id)
        if (doc) table(name).set(id, apply(doc, data))
        return { stats: { updated: doc ? 1 : 0 } }
      },
    }),
    add: async ({ data }) => {
      op(name, 'add')
      assertKeys(data)
      const id = (data._id as string | undefined) ?? `auto-${table(name).size + 1}`
      if (table(name).has(id)) throw new Error(`-502001 database request fail: E11000 duplicate key ${id}`)
      table(name).set(id, { ...clone(data), _id: id })
      return { _id: id }
    },
  })

  return {
    tables,
    ops,
    get readBytes() {
      return counters.readBytes
    },
    set readBytes(value: number) {
      counters.readBytes = value
    },
    command,
    collection,
  }
}
