import type { ActionName } from '../../src/shared'
import { photoOf, YEAR, type World } from './world'

/** A valid input of every action, in a world where filler A's form is filled in and submitted. */
export function validInputs(w: World, submissionId: string): Record<ActionName, Record<string, unknown>> {
  const profile = { name: '张填报', phone: '13800138000' }
  return {
    'account.whoami': {},
    'account.bind': { bindingCode: w.societyA.code, ...profile },
    'account.updateProfile': profile,
    'submission.get': { year: YEAR },
    'submission.saveAnswers': { year: YEAR, baseVersion: 0, patch: { 'B1.1': { checks: { a: true }, remark: '已换届' } } },
    'submission.addPhoto': { year: YEAR, itemId: 'B1.1', fileId: photoOf(w.societyA.id), name: '年检结果.pdf' },
    'submission.removePhoto': { year: YEAR, itemId: 'B1.1', fileId: photoOf(w.societyA.id) },
    'submission.submit': { year: YEAR },
    'submission.result': { year: YEAR },
    'evidence.urls': { fileIds: [photoOf(w.societyA.id)] },
    'review.list': { year: YEAR, status: 'submitted', search: '学会', sort: 'score-desc', page: 1, pageSize: 20 },
    'review.get': { submissionId },
    'review.saveScores': { submissionId, items: { 'B1.1': { finalScore: 1, comment: '材料不全' } }, baseVersion: 0 },
    'review.return': { submissionId, overall: '请补充材料', items: { 'B1.1': '缺少会议纪要' } },
    'review.finalize': { submissionId },
    'review.neighbours': { year: YEAR, status: 'not-started', search: '学会', sort: 'name', submissionId },
    'review.acceptSelfScores': { submissionId },
    'review.history': { submissionId },
    'submission.history': { year: YEAR },
    'admin.registerSociety': { name: '自治区测试学会', contact: '0991-1234567' },
    'admin.reissueCode': { societyId: w.societyB.id },
    'admin.listSocieties': {},
    'admin.appointReviewer': { openid: 'o-new-reviewer', name: '赵审核' },
    'admin.removeReviewer': { openid: w.ids.reviewer },
    'admin.unbindUser': { openid: w.ids.fillerB },
    'admin.listUsers': {},
    'admin.readImportFile': { fileId: 'local:imports/00000000-0000-0000-0000-000000000000', fileName: '学会名单.xlsx' },
    'admin.importSocieties': { rows: [{ name: '自治区导入学会', contact: '张三', phone: '13800138000', row: 2 }], dryRun: true },
    'admin.updateSociety': { societyId: w.societyB.id, name: '自治区改名学会', contact: '李四', phone: '0991-1234567', active: true },
    'admin.reissueCodes': { societyIds: [w.societyB.id] },
    'admin.codeSheet': { codes: [{ societyId: w.societyA.id, bindingCode: w.societyA.code }] },
    'admin.codeCards': { codes: [{ societyId: w.societyA.id, bindingCode: w.societyA.code }] },
    'admin.inviteReviewer': { name: '赵审核' },
    'admin.listInvites': {},
    'account.acceptInvite': { code: 'ABCDEFGHJK', name: '赵审核', phone: '13800138000' },
    'admin.assignSocieties': { societyIds: [w.societyA.id], reviewer: w.ids.reviewer },
    'admin.assignEvenly': { reviewers: [w.ids.reviewer], onlyUnassigned: true },
    'notifications.list': { page: 1, pageSize: 20 },
    'notifications.markRead': { ids: ['id-1'], all: false },
    'notifications.unreadCount': {},

    'report.form': { year: YEAR, societyId: w.societyA.id },
    'report.results': { year: YEAR },
    'report.evidence': { year: YEAR, societyId: w.societyA.id },
    'report.dashboard': { year: YEAR },
  }
}
