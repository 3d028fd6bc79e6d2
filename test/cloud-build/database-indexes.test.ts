import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import collections from '../../cloudfunctions/database/collections.json'
import { COLLECTIONS } from '../../cloudfunctions/adapters/wx/wx-store'

/** The cloud store's modules, one per record. */
const folder = join(__dirname, '../../cloudfunctions/adapters/wx/store')
const source = readdirSync(folder)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => readFileSync(join(folder, name), 'utf8'))
  .join('\n')
const nameOf = (key: string) => COLLECTIONS[key as keyof typeof COLLECTIONS]

/** Every `col('x').where({ field… })` of the cloud store, as collection → the first field it filters on. */
const queries = [...source.matchAll(/col\('(\w+)'\)\.where\(\{ (\w+)/g)]
  .map(([, key, field]) => ({ collection: nameOf(key!), field: field! }))
  .filter((q) => q.field !== '_id')

describe('the indexes of cloudfunctions/database/collections.json', () => {
  it('finds the queries of the cloud store (the scan itself works)', () => {
    expect(queries.length).toBeGreaterThan(10)
    expect(queries).toContainEqual({ collection: 'users', field: 'role' })
  })

  it.each(queries.map((q) => [`${q.collection}.${q.field}`, q] as const))('cover the query on %s with an index led by that field', (_name, q) => {
    const indexes = collections.collections.find((c) => c.name === q.collection)?.indexes ?? []
    expect(indexes.map((i) => i.fields[0]!.field)).toContain(q.field)
  })
})
