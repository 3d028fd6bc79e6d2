import { parseConflictDetails } from '../../src/features/draft/conflict-details'

test('reads the items another device changed and the new version', () => {
  expect(
    parseConflictDetails({ conflicts: [{ itemId: 'B2.1', server: { tier: 'fail' } }, { itemId: 'B1.1' }], version: 7 }),
  ).toEqual({ version: 7, conflicts: [{ itemId: 'B2.1', server: { tier: 'fail' } }, { itemId: 'B1.1', server: null }] })
})

test.each([
  ['no details', undefined],
  ['no version', { conflicts: [] }],
  ['conflicts not a list', { conflicts: {}, version: 2 }],
  ['an entry without item id', { conflicts: [{ server: null }], version: 2 }],
  ['an answer that is not an object', { conflicts: [{ itemId: 'B2.1', server: 'fail' }], version: 2 }],
])('refuses details with %s', (_case, details) => {
  expect(parseConflictDetails(details)).toBeNull()
})
