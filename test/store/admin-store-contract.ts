import type { InviteRecord, Store } from '../../cloudfunctions/core/ports'
import { society } from './records'

const invite = (id: string, createdAt: string, overrides: Partial<InviteRecord> = {}): InviteRecord => ({
  id,
  codeHash: `hash-${id}`,
  name: '王审核',
  createdBy: 'o-admin',
  createdAt,
  expiresAt: '2023-01-08T00:00:00.000Z',
  usedBy: null,
  usedAt: null,
  ...overrides,
})

/** What every Store adapter must do for the admin console (invitations, society fields); run it against each. */
export function describeAdminStoreContract(name: string, makeStore: () => Promise<Store & { close?(): void }>): void {
  describe(`Store contract, admin console: ${name}`, () => {
    let store: Store & { close?(): void }
    beforeEach(async () => {
      store = await makeStore()
    })
    afterEach(() => store.close?.())

    it('finds an invite by the hash of its code and lists invites newest first', async () => {
      await store.insertInvite(invite('i1', '2023-01-01T00:00:00.000Z'))
      await store.insertInvite(invite('i2', '2023-01-02T00:00:00.000Z'))
      expect(await store.findInviteByHash('hash-i1')).toEqual(invite('i1', '2023-01-01T00:00:00.000Z'))
      expect(await store.findInviteByHash('hash-nope')).toBeNull()
      expect((await store.listInvites()).map((i) => i.id)).toEqual(['i2', 'i1'])
    })

    it('lets an invite be claimed once only', async () => {
      await store.insertInvite(invite('i1', '2023-01-01T00:00:00.000Z'))
      expect(await store.claimInvite('i1', 'o-first', '2023-01-03T00:00:00.000Z')).toBe(true)
      expect(await store.claimInvite('i1', 'o-second', '2023-01-03T00:01:00.000Z')).toBe(false)
      expect(await store.findInviteByHash('hash-i1')).toMatchObject({ usedBy: 'o-first', usedAt: '2023-01-03T00:00:00.000Z' })
      expect(await store.claimInvite('i-none', 'o-first', '2023-01-03T00:00:00.000Z')).toBe(false)
    })

    it('keeps a society’s phone, deactivation and reviewer, and fills them in for a record without them', async () => {
      await store.putSociety(society('s1', { phone: '13900139000', active: false, reviewerOpenid: 'o-rev' }))
      expect(await store.getSociety('s1')).toMatchObject({ phone: '13900139000', active: false, reviewerOpenid: 'o-rev' })
      const { phone: _p, active: _a, reviewerOpenid: _r, ...old } = society('s2')
      await store.putSociety(old)
      expect(await store.getSociety('s2')).toEqual({ ...old, phone: '', active: true, reviewerOpenid: null })
    })
  })
}
