import type { ActionName, ErrorCode } from '../../src/shared'
import { notificationOfA, photoA, photoOf, submitA, fillIn, YEAR, type Driver, type World } from './world'

/**
 * The access matrix, written out by hand: for each action (and where it matters, whose thing it acts on),
 * what each caller gets. 'allow': ok and the output matches the contract; 'filtered': ok, but nothing of
 * society A's is in it; otherwise the error code. Deliberately NOT derived from `contract[action].access`.
 */
export type Outcome = 'allow' | 'filtered' | ErrorCode

/** In the order of ROLES: anonymous, unbound, fillerA, fillerB, reviewer, admin. */
export type Expectation = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome]

export interface Fixture {
  submissionId?: string
  fileId?: string
  notificationId?: string
}

export interface MatrixRow {
  name: string
  action: ActionName
  expect: Expectation
  prepare?: (d: Driver, w: World) => Promise<Fixture>
  input: (w: World, fx: Fixture) => unknown
  /** Event fields beside { action, input }: a forged identity, which must change nothing. */
  forged?: (w: World) => Record<string, unknown>
}

const U = 'UNAUTHENTICATED'
const NB = 'NOT_BOUND'
const F = 'FORBIDDEN'

const submitted = async (d: Driver, w: World): Promise<Fixture> => ({ submissionId: await submitA(d, w) })
const withPhoto = async (d: Driver, w: World): Promise<Fixture> => ({ fileId: await photoA(d, w) })
const year = () => ({ year: YEAR })
const profile = { name: '新名字', phone: '13700137000' }
const forgedAs = (openid: string | null) => ({ openid, OPENID: openid, userInfo: { openId: openid }, caller: { openid } })

// prettier-ignore
export const MATRIX: readonly MatrixRow[] = [
  //                                                                    anonymous unbound  fillerA   fillerB          reviewer admin
  { name: 'account.whoami', action: 'account.whoami', input: () => ({}), expect: [U, 'allow', 'allow', 'allow', 'allow', 'allow'] },
  { name: 'account.bind · code of society A', action: 'account.bind', input: (w) => ({ bindingCode: w.societyA.code, ...profile }),
    expect: [U, 'allow', 'allow', 'ALREADY_BOUND', F, F] },
  { name: 'account.bind · wrong code', action: 'account.bind', input: () => ({ bindingCode: 'WRONG234', ...profile }),
    expect: [U, 'BAD_BINDING_CODE', 'BAD_BINDING_CODE', 'BAD_BINDING_CODE', F, F] },
  { name: 'account.updateProfile', action: 'account.updateProfile', input: () => profile, expect: [U, NB, 'allow', 'allow', 'allow', 'allow'] },

  { name: 'submission.get', action: 'submission.get', input: year, expect: [U, NB, 'allow', 'allow', F, F] },
  { name: 'submission.saveAnswers', action: 'submission.saveAnswers',
    input: () => ({ year: YEAR, baseVersion: 0, patch: { 'B1.1': { checks: { a: true } } } }), expect: [U, NB, 'allow', 'allow', F, F] },
  { name: 'submission.addPhoto · file under society A', action: 'submission.addPhoto',
    input: (w) => ({ year: YEAR, itemId: 'B1.1', fileId: photoOf(w.societyA.id) }), expect: [U, NB, 'allow', F, F, F] },
  { name: 'submission.addPhoto · path traversal out of the prefix', action: 'submission.addPhoto',
    input: (w) => ({ year: YEAR, itemId: 'B1.1', fileId: `local:evidence/${w.societyA.id}/../../etc/passwd.jpg` }), expect: [U, NB, F, F, F, F] },
  { name: 'submission.addPhoto · file outside evidence/', action: 'submission.addPhoto',
    input: () => ({ year: YEAR, itemId: 'B1.1', fileId: 'cloud://env.bucket/avatars/x.jpg' }), expect: [U, NB, F, F, F, F] },
  { name: 'submission.removePhoto · photo of society A', action: 'submission.removePhoto', prepare: withPhoto,
    input: (_w, fx) => ({ year: YEAR, itemId: 'B1.1', fileId: fx.fileId }), expect: [U, NB, 'allow', F, F, F] },
  { name: 'submission.submit', action: 'submission.submit', input: year, expect: [U, NB, 'allow', 'allow', F, F],
    prepare: async (d, w) => (await Promise.all([fillIn(d, w.ids.fillerA!), fillIn(d, w.ids.fillerB!)]), {}) },
  { name: 'submission.result', action: 'submission.result', input: year, expect: [U, NB, 'allow', 'NOT_FOUND', F, F],
    prepare: async (d, w) => (await d.call(w.ids.fillerA, { action: 'submission.get', input: year() }), {}) },
  { name: 'evidence.urls · photo of society A', action: 'evidence.urls', prepare: withPhoto,
    input: (_w, fx) => ({ fileIds: [fx.fileId] }), expect: [U, NB, 'allow', 'filtered', 'allow', 'allow'] },

  { name: 'review.list', action: 'review.list', input: year, expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'review.get · submission of society A', action: 'review.get', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId }), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'review.saveScores', action: 'review.saveScores', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId, items: { 'B1.1': { finalScore: 1, comment: '材料不全' } } }), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'review.return', action: 'review.return', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId, overall: '请补充', items: {} }), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'review.finalize', action: 'review.finalize', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId }), expect: [U, F, F, F, 'allow', 'allow'] },

  { name: 'admin.registerSociety', action: 'admin.registerSociety', input: () => ({ name: `新学会${Math.random()}` }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.reissueCode · society A', action: 'admin.reissueCode', input: (w) => ({ societyId: w.societyA.id }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.listSocieties', action: 'admin.listSocieties', input: () => ({}), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.appointReviewer · the unbound user', action: 'admin.appointReviewer', input: (w) => ({ openid: w.ids.unbound }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.removeReviewer · the reviewer', action: 'admin.removeReviewer', input: (w) => ({ openid: w.ids.reviewer }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.unbindUser · filler B', action: 'admin.unbindUser', input: (w) => ({ openid: w.ids.fillerB }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.listUsers', action: 'admin.listUsers', input: () => ({}), expect: [U, F, F, F, F, 'allow'] },

  { name: 'notifications.list', action: 'notifications.list', input: () => ({}), expect: [U, NB, 'allow', 'allow', 'allow', 'allow'] },
  { name: 'notifications.markRead · notification of filler A', action: 'notifications.markRead',
    prepare: async (d, w) => ({ notificationId: await notificationOfA(d, w) }),
    input: (_w, fx) => ({ ids: [fx.notificationId] }), expect: [U, NB, 'allow', 'allow', 'allow', 'allow'] },
  { name: 'notifications.unreadCount', action: 'notifications.unreadCount', input: () => ({}), expect: [U, NB, 'allow', 'allow', 'allow', 'allow'] },

  // Years, progress and reminders
  { name: 'review.years', action: 'review.years', input: () => ({}), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'admin.openYear · preview', action: 'admin.openYear', input: () => ({ year: YEAR + 1, dryRun: true }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.openYear', action: 'admin.openYear', input: () => ({ year: YEAR + 1 }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.updateYear · extension for society A', action: 'admin.updateYear',
    input: (w) => ({ year: YEAR, deadline: '2099-03-31', extensions: { [w.societyA.id]: '2099-04-30' } }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.closeYear', action: 'admin.closeYear', input: year, expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.progress', action: 'admin.progress', input: year, expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.remind · society A', action: 'admin.remind', input: (w) => ({ year: YEAR, societyIds: [w.societyA.id] }), expect: [U, F, F, F, F, 'allow'] },

  { name: 'admin.listUsers · forged admin identity in the event', action: 'admin.listUsers', input: () => ({}),
    forged: (w) => forgedAs(w.ids.admin), expect: [U, F, F, F, F, 'allow'] },
  { name: 'review.finalize · forged reviewer identity in the event', action: 'review.finalize', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId }), forged: (w) => forgedAs(w.ids.reviewer), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'submission.get · forged filler A identity in the event', action: 'submission.get', input: year,
    forged: (w) => forgedAs(w.ids.fillerA), expect: [U, NB, 'allow', 'allow', F, F] },
]
