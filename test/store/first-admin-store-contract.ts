import type { Store, UserRecord } from '../../cloudfunctions/core/ports'

const asAdmin = (openid: string): UserRecord => ({
  openid,
  role: 'admin',
  societyId: null,
  name: '',
  phone: '',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
})

/** promoteFirstAdmin (account.claimAdmin's store step), the same for every Store adapter. */
export function describeFirstAdminContract(name: string, makeStore: () => Promise<Store & { close?(): void }>): void {
  describe(`Store contract, the first admin: ${name}`, () => {
    let store: Store & { close?(): void }
    beforeEach(async () => {
      store = await makeStore()
    })
    afterEach(() => store.close?.())

    it('stores the first admin, then refuses another user', async () => {
      expect(await store.promoteFirstAdmin(asAdmin('o-first'))).toBe(true)
      expect((await store.getUser('o-first'))?.role).toBe('admin')
      expect(await store.promoteFirstAdmin(asAdmin('o-second'))).toBe(false)
      expect(await store.getUser('o-second')).toBeNull()
    })

    it('makes exactly one admin of two concurrent promotions', async () => {
      const results = await Promise.all([store.promoteFirstAdmin(asAdmin('o-a')), store.promoteFirstAdmin(asAdmin('o-b'))])
      expect(results.filter(Boolean)).toHaveLength(1)
      expect((await store.listUsersByRole('admin')).map((u) => u.openid)).toEqual([results[0] ? 'o-a' : 'o-b'])
    })

    it('refuses when an admin was made some other way', async () => {
      await store.putUser(asAdmin('o-bootstrap'))
      expect(await store.promoteFirstAdmin(asAdmin('o-late'))).toBe(false)
      expect(await store.getUser('o-late')).toBeNull()
    })
  })
}
