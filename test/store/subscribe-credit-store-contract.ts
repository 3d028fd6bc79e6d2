import type { Store } from '../../cloudfunctions/core/ports'

/** What every Store adapter must do with subscribe-message credits (one per consent, one per send); run it against each. */
export function describeSubscribeCreditStoreContract(name: string, makeStore: () => Promise<Store & { close?(): void }>): void {
  describe(`Store contract, subscribe credits: ${name}`, () => {
    let store: Store & { close?(): void }
    beforeEach(async () => {
      store = await makeStore()
    })
    afterEach(() => store.close?.())

    it('counts credits per user and template, starting from none', async () => {
      expect(await store.getSubscribeCredits('o-1', 'tmpl-a')).toBe(0)
      expect(await store.addSubscribeCredit('o-1', 'tmpl-a')).toBe(1)
      expect(await store.addSubscribeCredit('o-1', 'tmpl-a')).toBe(2)
      expect(await store.addSubscribeCredit('o-1', 'tmpl-b')).toBe(1)
      expect(await store.addSubscribeCredit('o-2', 'tmpl-a')).toBe(1)
      expect(await store.getSubscribeCredits('o-1', 'tmpl-a')).toBe(2)
      expect(await store.getSubscribeCredits('o-2', 'tmpl-b')).toBe(0)
    })

    it('uses one credit at a time and never goes below none', async () => {
      expect(await store.useSubscribeCredit('o-1', 'tmpl-a')).toBe(false)
      await store.addSubscribeCredit('o-1', 'tmpl-a')
      await store.addSubscribeCredit('o-1', 'tmpl-a')
      expect(await store.useSubscribeCredit('o-1', 'tmpl-a')).toBe(true)
      expect(await store.getSubscribeCredits('o-1', 'tmpl-a')).toBe(1)
      expect(await store.useSubscribeCredit('o-1', 'tmpl-b')).toBe(false)
      expect(await store.useSubscribeCredit('o-1', 'tmpl-a')).toBe(true)
      expect(await store.useSubscribeCredit('o-1', 'tmpl-a')).toBe(false)
      expect(await store.getSubscribeCredits('o-1', 'tmpl-a')).toBe(0)
      expect(await store.addSubscribeCredit('o-1', 'tmpl-a')).toBe(1)
    })

    it('lets concurrent uses take only the credits there are', async () => {
      await store.addSubscribeCredit('o-1', 'tmpl-a')
      await store.addSubscribeCredit('o-1', 'tmpl-a')
      const used = await Promise.all([1, 2, 3, 4].map(() => store.useSubscribeCredit('o-1', 'tmpl-a')))
      expect(used.filter(Boolean)).toHaveLength(2)
      expect(await store.getSubscribeCredits('o-1', 'tmpl-a')).toBe(0)
    })

    it('lists every user’s credits for one template', async () => {
      expect(await store.listSubscribeCredits('tmpl-a')).toEqual({})
      for (let i = 0; i < 105; i++) await store.addSubscribeCredit(`o-${i}`, 'tmpl-a')
      await store.addSubscribeCredit('o-1', 'tmpl-a')
      await store.addSubscribeCredit('o-1', 'tmpl-b')
      await store.useSubscribeCredit('o-2', 'tmpl-a')
      const held = await store.listSubscribeCredits('tmpl-a')
      expect(Object.keys(held)).toHaveLength(105)
      expect(held['o-1']).toBe(2)
      expect(held['o-2'] ?? 0).toBe(0)
      expect(held['o-104']).toBe(1)
      expect(await store.listSubscribeCredits('tmpl-b')).toEqual({ 'o-1': 1 })
    })
  })
}
