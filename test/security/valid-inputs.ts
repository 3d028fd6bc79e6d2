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
    'submission.addPhoto': { year: YEAR, itemId: 'B1.1', fileId: photoOf(w.societyA.id) },
    'submission.removePhoto': { year: YEAR, itemId: 'B1.1', fileId: photoOf(w.societyA.id) },
    'submission.submit': { year: YEAR },
    'submission.result': { year: YEAR },
    'evidence.urls': { fileIds: [photoOf(w.societyA.id)] },
    'review.list': { year: YEAR, status: 'submitted', search: '学会', sort: 'score-desc', page: 1, pageSize: 20 },
    'review.get': { submissionId },
    'review.saveScores': { submissionId, items: { 'B1.1': { finalScore: 1, comment: '材料不全' } } },
    'review.return': { submissionId, overall: '请补充材料', items: { 'B1.1': '缺少会议纪要' } },
    'review.finalize': { submissionId },
    'admin.registerSociety': { name: '自治区测试学会', contact: '0991-1234567' },
    'admin.reissueCode': { societyId: w.societyB.id },
    'admin.listSocieties': {},
    'admin.appointReviewer': { openid: 'o-new-reviewer', name: '赵审核' },
    'admin.removeReviewer': { openid: w.ids.reviewer },
    'admin.unbindUser': { openid: w.ids.fillerB },
    'admin.listUsers': {},
    'notifications.list': { page: 1, pageSize: 20 },
    'notifications.markRead': { ids: ['id-1'], all: false },
    'notifications.unreadCount': {},
    'review.years': {},
    'admin.openYear': { year: YEAR + 1, dryRun: true },
    'admin.updateYear': { year: YEAR, deadline: '2099-03-31', extensions: { [w.societyA.id]: '2099-04-30' }, gradeBands: [{ label: '优秀', min: 90 }, { label: '其他', min: 0 }] },
    'admin.closeYear': { year: YEAR },
    'admin.progress': { year: YEAR },
    'admin.remind': { year: YEAR, societyIds: [w.societyA.id] },
  }
}
