import { ADMIN, FILLER_A, REVIEWER, STRANGER, useHarness } from './harness'

const h = useHarness()

async function secondReviewer() {
  const { code } = await h.ok(ADMIN, 'admin.inviteReviewer', {})
  await h.ok(STRANGER, 'account.acceptInvite', { code, name: '郑审核' })
}

async function importSocieties(n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({ name: `自治区分配学会${String(i).padStart(2, '0')}` }))
  return (await h.ok(ADMIN, 'admin.importSocieties', { rows })).created.map((c) => c.society.id)
}

const loads = async () => {
  const { societies } = await h.ok(ADMIN, 'admin.listSocieties', {})
  const count = new Map<string, number>()
  for (const s of societies) count.set(s.reviewer?.name ?? '未分配', (count.get(s.reviewer?.name ?? '未分配') ?? 0) + 1)
  return Object.fromEntries(count)
}

describe('assigning societies to reviewers', () => {
  it('assigns a selection by hand, shows the reviewer on each society, and unassigns', async () => {
    expect(await h.ok(ADMIN, 'admin.assignSocieties', { societyIds: [h.societyA.id, h.societyB.id], reviewer: REVIEWER })).toEqual({ updated: 2 })
    expect(await h.ok(ADMIN, 'admin.assignSocieties', { societyIds: [h.societyA.id], reviewer: REVIEWER })).toEqual({ updated: 0 })
    const { societies } = await h.ok(ADMIN, 'admin.listSocieties', {})
    expect(societies.map((s) => s.reviewer)).toEqual([
      { openid: REVIEWER, name: '王审核' },
      { openid: REVIEWER, name: '王审核' },
    ])
    await h.ok(ADMIN, 'admin.assignSocieties', { societyIds: [h.societyA.id], reviewer: null })
    expect((await h.store.getSociety(h.societyA.id))?.reviewerOpenid).toBeNull()
  })

  it('refuses to assign to someone who is not a reviewer, or a society that does not exist', async () => {
    expect(await h.fail(ADMIN, 'admin.assignSocieties', { societyIds: [h.societyA.id], reviewer: FILLER_A })).toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('不是审核员'),
    })
    expect(await h.fail(ADMIN, 'admin.assignSocieties', { societyIds: [h.societyA.id], reviewer: 'o-nobody' })).toMatchObject({ code: 'NOT_FOUND' })
    expect(await h.fail(ADMIN, 'admin.assignSocieties', { societyIds: ['nope'], reviewer: REVIEWER })).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('spreads all active societies evenly, differing by at most one', async () => {
    await secondReviewer()
    await importSocieties(9) // 11 in all
    const { assigned } = await h.ok(ADMIN, 'admin.assignEvenly', { reviewers: [REVIEWER, STRANGER], onlyUnassigned: false })
    expect(assigned.map((a) => a.count).sort()).toEqual([5, 6])
    expect(await loads()).toEqual({ 王审核: assigned.find((a) => a.openid === REVIEWER)!.count, 郑审核: assigned.find((a) => a.openid === STRANGER)!.count })
  })

  it('with onlyUnassigned, leaves assignments alone and evens out the loads with the rest', async () => {
    await secondReviewer()
    const ids = await importSocieties(6) // 8 in all
    await h.ok(ADMIN, 'admin.assignSocieties', { societyIds: [h.societyA.id, h.societyB.id, ids[0]!, ids[1]!], reviewer: REVIEWER })
    await h.ok(ADMIN, 'admin.updateSociety', { societyId: ids[5]!, active: false })
    const { assigned } = await h.ok(ADMIN, 'admin.assignEvenly', { reviewers: [REVIEWER, STRANGER], onlyUnassigned: true })
    expect(assigned).toEqual([
      { openid: REVIEWER, name: '王审核', count: 4 },
      { openid: STRANGER, name: '郑审核', count: 3 },
    ])
    expect((await h.store.getSociety(ids[5]!))?.reviewerOpenid).toBeNull()
  })
})
