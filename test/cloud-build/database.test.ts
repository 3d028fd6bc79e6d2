import collections from '../../cloudfunctions/database/collections.json'
import rules from '../../cloudfunctions/database/security-rules.json'
import { COLLECTIONS } from '../../cloudfunctions/adapters/wx/wx-store'

const names = Object.values(COLLECTIONS).sort()

describe('the cloud database set-up files', () => {
  it('list exactly the collections the store uses', () => {
    expect(collections.collections.map((c) => c.name).sort()).toEqual(names)
    expect(Object.keys(rules).sort()).toEqual(names)
  })

  it('close every collection to the mini-program', () => {
    for (const rule of Object.values(rules)) expect(rule).toEqual({ read: false, write: false })
  })

  it('index what the store queries, with one submission per society and year', () => {
    const indexes = Object.fromEntries(collections.collections.map((c) => [c.name, c.indexes]))
    expect(indexes.submissions).toContainEqual(
      expect.objectContaining({ unique: true, fields: [expect.objectContaining({ field: 'year' }), expect.objectContaining({ field: 'societyId' })] }),
    )
    expect(indexes.notifications).toContainEqual(
      expect.objectContaining({ fields: [expect.objectContaining({ field: 'recipient' }), expect.objectContaining({ field: 'createdAt' })] }),
    )
  })
})
