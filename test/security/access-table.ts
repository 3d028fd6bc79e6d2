import type { ActionName, ActionResult, ErrorCode } from '../../src/shared'
import { documentA, finalizeA, notificationOfA, photoA, photoOf, storedFileA, submitA, fillIn, PDF_BYTES, YEAR, type Driver, type World } from './world'

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
  inviteCode?: string
  year?: number
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
const withDocument = async (d: Driver, w: World): Promise<Fixture> => ({ fileId: await documentA(d, w) })
const uploadedPhoto = async (d: Driver, w: World): Promise<Fixture> => ({ fileId: await storedFileA(d, w) })
const uploadedDocument = async (d: Driver, w: World): Promise<Fixture> => ({ fileId: await storedFileA(d, w, 'd1.pdf', PDF_BYTES) })
const year = () => ({ year: YEAR })
const profile = { name: '新名字', phone: '13700137000' }
/** The year after the store's current one: years are shared by every cell, so each cell asks afresh. */
const nextYear = async (d: Driver): Promise<Fixture> => {
  const answer = await d.call(d.admin, { action: 'review.years', input: {} })
  if (!answer.ok) throw new Error(`review.years failed: ${answer.message}`)
  return { year: (answer.data as { current: number }).current + 1 }
}
/** A year of its own, opened for the cell, so that closing it freezes nothing the other cells use. */
const openedYear = async (d: Driver): Promise<Fixture> => {
  const fx = await nextYear(d)
  const opened = await d.call(d.admin, { action: 'admin.openYear', input: { year: fx.year } })
  if (!opened.ok) throw new Error(`admin.openYear failed: ${opened.message}`)
  return fx
}
const forgedAs = (openid: string | null) => ({ openid, OPENID: openid, userInfo: { openId: openid }, caller: { openid } })

const invited = async (d: Driver): Promise<Fixture> => {
  const made = (await d.call(d.admin, { action: 'admin.inviteReviewer', input: { name: '新审核员' } })) as ActionResult<{ code: string }>
  if (!made.ok) throw new Error(`admin.inviteReviewer failed: ${made.code}`)
  return { inviteCode: made.data.code }
}
const ADMIN_ONLY: Expectation = [U, F, F, F, F, 'allow']

// prettier-ignore
const ADMIN_CONSOLE_ROWS: readonly MatrixRow[] = [
  { name: 'admin.readImportFile · no such upload', action: 'admin.readImportFile', input: () => ({ fileId: 'local:imports/00000000-0000-0000-0000-000000000000', fileName: '名单.xlsx' }),
    expect: [U, F, F, F, F, 'NOT_FOUND'] },
  { name: 'admin.importSocieties', action: 'admin.importSocieties', input: () => ({ rows: [{ name: `导入学会${Math.random()}`, contact: '张三', phone: '13800138000' }] }), expect: ADMIN_ONLY },
  { name: 'admin.importSocieties · dry run', action: 'admin.importSocieties', input: () => ({ rows: [{ name: '预览学会' }], dryRun: true }), expect: ADMIN_ONLY },
  { name: 'admin.updateSociety · deactivate society A', action: 'admin.updateSociety', input: (w) => ({ societyId: w.societyA.id, active: false }), expect: ADMIN_ONLY },
  { name: 'admin.reissueCodes · societies A and B', action: 'admin.reissueCodes', input: (w) => ({ societyIds: [w.societyA.id, w.societyB.id] }), expect: ADMIN_ONLY },
  { name: 'admin.codeSheet · code of society A', action: 'admin.codeSheet', input: (w) => ({ codes: [{ societyId: w.societyA.id, bindingCode: w.societyA.code }] }), expect: ADMIN_ONLY },
  { name: 'admin.codeSheet · a code that is not society A’s', action: 'admin.codeSheet', input: (w) => ({ codes: [{ societyId: w.societyA.id, bindingCode: w.societyB.code }] }),
    expect: [U, F, F, F, F, 'BAD_BINDING_CODE'] },
  { name: 'admin.codeCards · code of society A', action: 'admin.codeCards', input: (w) => ({ codes: [{ societyId: w.societyA.id, bindingCode: w.societyA.code }] }), expect: ADMIN_ONLY },
  { name: 'admin.inviteReviewer', action: 'admin.inviteReviewer', input: () => ({ name: '赵审核' }), expect: ADMIN_ONLY },
  { name: 'admin.listInvites', action: 'admin.listInvites', input: () => ({}), expect: ADMIN_ONLY },
  { name: 'account.acceptInvite · a fresh invitation', action: 'account.acceptInvite', prepare: invited, input: (_w, fx) => ({ code: fx.inviteCode, name: '新审核员' }),
    expect: [U, 'allow', 'ALREADY_BOUND', 'ALREADY_BOUND', 'INVALID_STATE', 'INVALID_STATE'] },
  { name: 'account.acceptInvite · wrong code', action: 'account.acceptInvite', input: () => ({ code: 'WRONGCODE2', name: '新审核员' }),
    expect: [U, 'BAD_INVITE_CODE', 'ALREADY_BOUND', 'ALREADY_BOUND', 'INVALID_STATE', 'INVALID_STATE'] },
  { name: 'admin.assignSocieties · society A to the reviewer', action: 'admin.assignSocieties', input: (w) => ({ societyIds: [w.societyA.id], reviewer: w.ids.reviewer }), expect: ADMIN_ONLY },
  { name: 'admin.assignSocieties · to a filler', action: 'admin.assignSocieties', input: (w) => ({ societyIds: [w.societyA.id], reviewer: w.ids.fillerB }),
    expect: [U, F, F, F, F, 'INVALID_STATE'] },
  { name: 'admin.assignEvenly · the reviewer', action: 'admin.assignEvenly', input: (w) => ({ reviewers: [w.ids.reviewer], onlyUnassigned: false }), expect: ADMIN_ONLY },
]

// prettier-ignore
export const MATRIX: readonly MatrixRow[] = [
  //                                                                    anonymous unbound  fillerA   fillerB          reviewer admin
  { name: 'account.whoami', action: 'account.whoami', input: () => ({}), expect: [U, 'allow', 'allow', 'allow', 'allow', 'allow'] },
  { name: 'account.bind · code of society A', action: 'account.bind', input: (w) => ({ bindingCode: w.societyA.code, ...profile }),
    expect: [U, 'allow', 'allow', 'ALREADY_BOUND', F, F] },
  { name: 'account.bind · wrong code', action: 'account.bind', input: () => ({ bindingCode: 'WRONG234', ...profile }),
    expect: [U, 'BAD_BINDING_CODE', 'BAD_BINDING_CODE', 'BAD_BINDING_CODE', F, F] },
  { name: 'account.updateProfile', action: 'account.updateProfile', input: () => profile, expect: [U, NB, 'allow', 'allow', 'allow', 'allow'] },
  { name: 'account.recordSubscribeConsent', action: 'account.recordSubscribeConsent', input: () => ({ templateId: 'tmpl-security-01', accepted: true }),
    expect: [U, NB, 'allow', 'allow', F, F] },

  { name: 'submission.get', action: 'submission.get', input: year, expect: [U, NB, 'allow', 'allow', F, F] },
  { name: 'submission.saveAnswers', action: 'submission.saveAnswers',
    input: () => ({ year: YEAR, baseVersion: 0, patch: { 'B1.1': { checks: { a: true } } } }), expect: [U, NB, 'allow', 'allow', F, F] },
  { name: 'submission.addPhoto · file under society A', action: 'submission.addPhoto', prepare: uploadedPhoto,
    input: (_w, fx) => ({ year: YEAR, itemId: 'B1.1', fileId: fx.fileId }), expect: [U, NB, 'allow', F, F, F] },
  { name: 'submission.addPhoto · never uploaded', action: 'submission.addPhoto',
    input: (w) => ({ year: YEAR, itemId: 'B1.1', fileId: photoOf(w.societyA.id, 'ghost.jpg') }), expect: [U, NB, 'NOT_FOUND', F, F, F] },
  { name: 'submission.addPhoto · document under society A', action: 'submission.addPhoto', prepare: uploadedDocument,
    input: (_w, fx) => ({ year: YEAR, itemId: 'B1.1', fileId: fx.fileId, name: '年检结果.pdf' }), expect: [U, NB, 'allow', F, F, F] },
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
  { name: 'submission.removePhoto · document of society A', action: 'submission.removePhoto', prepare: withDocument,
    input: (_w, fx) => ({ year: YEAR, itemId: 'B1.1', fileId: fx.fileId }), expect: [U, NB, 'allow', F, F, F] },
  { name: 'evidence.urls · document of society A', action: 'evidence.urls', prepare: withDocument,
    input: (_w, fx) => ({ fileIds: [fx.fileId] }), expect: [U, NB, 'allow', 'filtered', 'allow', 'allow'] },

  { name: 'review.list', action: 'review.list', input: year, expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'review.get · submission of society A', action: 'review.get', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId }), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'review.saveScores', action: 'review.saveScores', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId, items: { 'B1.1': { finalScore: 1, comment: '材料不全' } }, baseVersion: 0 }), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'review.return', action: 'review.return', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId, overall: '请补充', items: {} }), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'review.finalize', action: 'review.finalize', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId }), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'review.neighbours · submission of society A', action: 'review.neighbours', prepare: submitted,
    input: (_w, fx) => ({ year: YEAR, sort: 'name', submissionId: fx.submissionId }), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'review.acceptSelfScores', action: 'review.acceptSelfScores', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId }), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'review.history · submission of society A', action: 'review.history', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId }), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'submission.history · A finalized', action: 'submission.history', input: year,
    prepare: async (d, w) => (await finalizeA(d, w), {}), expect: [U, NB, 'allow', 'NOT_FOUND', F, F] },

  { name: 'admin.registerSociety', action: 'admin.registerSociety', input: () => ({ name: `新学会${Math.random()}` }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.reissueCode · society A', action: 'admin.reissueCode', input: (w) => ({ societyId: w.societyA.id }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.listSocieties', action: 'admin.listSocieties', input: () => ({}), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.appointReviewer · an openid no user has', action: 'admin.appointReviewer', input: (w) => ({ openid: w.ids.unbound }), expect: [U, F, F, F, F, 'NOT_FOUND'] },
  { name: 'admin.appointReviewer · filler B, bound to a society', action: 'admin.appointReviewer', input: (w) => ({ openid: w.ids.fillerB }), expect: [U, F, F, F, F, 'INVALID_STATE'] },
  { name: 'admin.appointReviewer · filler B once unbound', action: 'admin.appointReviewer', input: (w) => ({ openid: w.ids.fillerB }),
    prepare: async (d, w) => (await d.call(d.admin, { action: 'admin.unbindUser', input: { openid: w.ids.fillerB } }), {}), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.removeReviewer · the reviewer', action: 'admin.removeReviewer', input: (w) => ({ openid: w.ids.reviewer }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.unbindUser · filler B', action: 'admin.unbindUser', input: (w) => ({ openid: w.ids.fillerB }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.listUsers', action: 'admin.listUsers', input: () => ({}), expect: [U, F, F, F, F, 'allow'] },

  ...ADMIN_CONSOLE_ROWS,

  { name: 'notifications.list', action: 'notifications.list', input: () => ({}), expect: [U, NB, 'allow', 'allow', 'allow', 'allow'] },
  { name: 'notifications.markRead · notification of filler A', action: 'notifications.markRead',
    prepare: async (d, w) => ({ notificationId: await notificationOfA(d, w) }),
    input: (_w, fx) => ({ ids: [fx.notificationId] }), expect: [U, NB, 'allow', 'allow', 'allow', 'allow'] },
  { name: 'notifications.unreadCount', action: 'notifications.unreadCount', input: () => ({}), expect: [U, NB, 'allow', 'allow', 'allow', 'allow'] },

  // Years, progress and reminders
  { name: 'review.years', action: 'review.years', input: () => ({}), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'admin.openYear · preview', action: 'admin.openYear', prepare: nextYear, input: (_w, fx) => ({ year: fx.year, dryRun: true }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.openYear', action: 'admin.openYear', prepare: nextYear, input: (_w, fx) => ({ year: fx.year }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.updateYear · extension for society A', action: 'admin.updateYear',
    input: (w) => ({ year: YEAR, deadline: '2099-03-31', extensions: { [w.societyA.id]: '2099-04-30' } }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.closeYear · a year opened for it', action: 'admin.closeYear', prepare: openedYear, input: (_w, fx) => ({ year: fx.year }),
    expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.progress', action: 'admin.progress', input: year, expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.remind · society A', action: 'admin.remind', input: (w) => ({ year: YEAR, societyIds: [w.societyA.id] }), expect: [U, F, F, F, F, 'allow'] },
  { name: 'admin.previewReminders', action: 'admin.previewReminders', input: () => ({ year: YEAR, reminderDaysBefore: [3, 1] }), expect: [U, F, F, F, F, 'allow'] },
  // Reports: a filler only its own society's form; reviewers and admins any society's, and the year's.
  { name: 'report.form · own society (none named)', action: 'report.form', prepare: submitted, input: year,
    expect: [U, NB, 'allow', 'NOT_FOUND', 'INVALID_INPUT', 'INVALID_INPUT'] },
  { name: 'report.form · society A', action: 'report.form', prepare: submitted, input: (w) => ({ year: YEAR, societyId: w.societyA.id }),
    expect: [U, NB, 'allow', F, 'allow', 'allow'] },
  { name: 'report.results', action: 'report.results', prepare: submitted, input: year, expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'report.evidence · society A', action: 'report.evidence', prepare: submitted,
    input: (w) => ({ year: YEAR, societyId: w.societyA.id }), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'report.dashboard', action: 'report.dashboard', input: year, expect: [U, F, F, F, 'allow', 'allow'] },

  { name: 'admin.listUsers · forged admin identity in the event', action: 'admin.listUsers', input: () => ({}),
    forged: (w) => forgedAs(w.ids.admin), expect: [U, F, F, F, F, 'allow'] },
  { name: 'review.finalize · forged reviewer identity in the event', action: 'review.finalize', prepare: submitted,
    input: (_w, fx) => ({ submissionId: fx.submissionId }), forged: (w) => forgedAs(w.ids.reviewer), expect: [U, F, F, F, 'allow', 'allow'] },
  { name: 'submission.get · forged filler A identity in the event', action: 'submission.get', input: year,
    forged: (w) => forgedAs(w.ids.fillerA), expect: [U, NB, 'allow', 'allow', F, F] },
]
