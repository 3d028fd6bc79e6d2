import type {
  NotificationRecord,
  ReminderRecord,
  SocietyRecord,
  SubmissionRecord,
  UserRecord,
  YearRecord,
} from '../../cloudfunctions/core/ports'

/** Records for store tests: complete, with every nested part filled so a round trip shows what it loses. */

export const society = (id: string, overrides: Partial<SocietyRecord> = {}): SocietyRecord => ({
  id,
  name: `学会${id}`,
  contact: '0991-1234567',
  bindingCodeHash: `hash-${id}`,
  createdAt: '2023-01-01T00:00:00.000Z',
  phone: '13800138000',
  active: true,
  reviewerOpenid: null,
  ...overrides,
})

export const user = (openid: string, overrides: Partial<UserRecord> = {}): UserRecord => ({
  openid,
  role: null,
  societyId: null,
  name: '',
  phone: '',
  createdAt: '2023-01-01T00:00:00.000Z',
  updatedAt: '2023-01-01T00:00:00.000Z',
  ...overrides,
})

export const submission = (id: string, societyId: string, overrides: Partial<SubmissionRecord> = {}): SubmissionRecord => ({
  id,
  societyId,
  year: 2022,
  status: 'submitted',
  version: 7,
  answers: {
    'B1.2': { checks: { a: true, b: false }, remark: '秘书处 2 人 🙂，“专职”' },
    'B2.1': { tier: 'pass' },
    'B6.1': { score: 3.5 },
    'A4.1': { entries: [{ text: '全国优秀学会', category: 'honor' }] },
    'B12.1': { entries: [] },
  },
  itemVersions: { 'B1.2': 3, 'B2.1': 5, 'B6.1': 7 },
  evidence: { 'B1.2': ['local:evidence/s1/2022/B1.2/a.jpg', 'local:evidence/s1/2022/B1.2/b.png'] },
  selfScore: { total: 12.5, max: 110, complete: false, groups: { A1: 6, B1: 1 }, items: { 'B1.2': 1 }, incomplete: ['B1.1'] },
  returnReasons: { overall: '请补充材料', items: { 'B1.2': '缺少聘书' } },
  review: {
    items: { 'B6.1': { finalScore: 3, comment: '材料不足' }, 'B2.1': { finalScore: null, comment: '' } },
    reviewerName: '李审核',
    updatedAt: '2023-02-01T08:00:00.000Z',
    finalizedAt: null,
  },
  submittedAt: '2023-01-20T10:00:00.000Z',
  updatedAt: '2023-02-01T08:00:00.000Z',
  history: [{ from: 'draft', to: 'submitted', by: 'o-filler', at: '2023-01-20T10:00:00.000Z' }],
  lastSavedBy: 'o-filler',
  finalTotal: null,
  returned: { at: '2023-01-25T00:00:00.000Z', answers: { 'B2.1': { tier: 'basic' } }, evidence: { 'B1.2': [] } },
  evidenceFiles: {
    'local:evidence/s1/2022/B1.2/a.jpg': {
      kind: 'photo',
      mime: 'image/jpeg',
      name: 'a.jpg',
      size: 235_001,
      sha256: 'ab'.repeat(32),
      dhash: '0f1e2d3c4b5a6978',
      registeredAt: '2023-01-20T09:00:00.000Z',
    },
    'local:evidence/s1/2022/B1.2/b.png': {
      kind: 'document',
      mime: 'application/pdf',
      name: '2022年检结果',
      size: 1_048_576,
      sha256: 'cd'.repeat(32),
      dhash: null,
      registeredAt: '2023-01-20T09:01:00.000Z',
    },
  },
  writeWindow: { start: 1_674_208_800_000, counts: { 'o-filler': 3, 'o-filler-2': 1 } },
  recheck: {
    requestedAt: '2023-03-05T02:00:00.000Z',
    items: { 'B1.2': '已补充聘书' },
    totalBefore: 88,
    gradeBefore: '良好',
    answeredAt: '2023-03-06T02:00:00.000Z',
    answeredBy: '王审核',
    answers: { 'B1.2': { before: 1, finalScore: 2, comment: '聘书齐全' } },
    totalAfter: 89,
    gradeAfter: '良好',
  },
  ...overrides,
})

export const notification = (id: string, recipient: string, overrides: Partial<NotificationRecord> = {}): NotificationRecord => ({
  id,
  recipient,
  kind: 'reviewed',
  title: '自评表审核结果',
  body: '总分88分',
  page: 'pages/result/index?year=2022',
  read: false,
  createdAt: '2023-03-01T00:00:00.000Z',
  delivery: 'pending',
  deliveryError: null,
  attempts: 0,
  ...overrides,
})

export const yearRecord = (year: number, overrides: Partial<YearRecord> = {}): YearRecord => ({
  year,
  status: 'open',
  rubricFrom: year - 1,
  deadline: `${year}-03-31`,
  extensions: { s1: `${year}-04-15` },
  gradeBands: [
    { label: '优秀', min: 90 },
    { label: '不合格', min: 0 },
  ],
  openedAt: '2023-01-01T00:00:00.000Z',
  closedAt: null,
  updatedAt: '2023-01-01T00:00:00.000Z',
  publication: { until: `${year + 1}-03-10`, publishedAt: '2023-03-01T00:00:00.000Z', partial: true, by: 'o-admin', notified: ['s1'] },
  ...overrides,
})

export const reminder = (id: string, year: number, societyId: string, at: string): ReminderRecord => ({
  id,
  year,
  societyId,
  by: 'o-admin',
  at,
  deliveries: [
    { openid: 'o-1', name: '张三', delivery: 'refused', error: 'errcode 43101' },
    { openid: 'o-2', name: '李四', delivery: 'sent', error: null },
  ],
})
