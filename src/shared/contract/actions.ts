import { MAX_DOCUMENT_NAME_CHARS } from '../evidence-files'
import { MAX_COMMENT_CHARS, MAX_ITEM_RETURN_REASON_CHARS, MAX_RETURN_REASON_CHARS } from '../answers/limits'
import * as z from '../zod'
import { HistoryEntry, ListStatusSchema, ReviewListRow, StatusCounts, SubmissionRefRow } from './review-entities'
import {
  InviteView,
  IssuedCode,
  Me,
  Notification,
  SocietyAdminView,
  SubmissionView,
  UserAdminView,
} from './entities'
import type { ErrorCode } from './errors'
import { PendingSociety, ProgressCounts, RemindResult, ReminderPreviewDay, SocietyYear } from './year-entities'
import { DeadlineDate, ReminderDaysBefore, YearSettings } from '../years'
import { GradeBand } from '../grades'
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, SOCIETY_NAME_MAX } from '../admin/import-rows'
import { Dashboard, ReportFile, YearComparison } from './report-entities'
import { AcceptInviteInput, BindInput, ClaimAdminInput, ContactPhone, InviteReviewerInput, ProfileInput, RegisterSocietyInput } from './form-inputs'
import { recheckActions } from './recheck-actions'
import { EvidenceReadings } from './reading-entities'
import { AnswersSaved, EvidenceChanged, ScoresSaved, Submitted } from './change-entities'
import { Id, ItemId, ItemRecord, MAX_SEARCH_CHARS, PageNumber, PageSize, PersonName, Version, Year, optionalText, text } from './fields'

/**
 * Who may call an action. `authenticated`: anyone WeChat identifies (unbound too); `member`: anyone with a
 * role; `filler`: a filler bound to a society; `reviewer`: a reviewer or an admin; `admin`: an admin.
 */
export type Access = 'authenticated' | 'member' | 'filler' | 'reviewer' | 'admin'

interface ActionSpec<I extends z.ZodMiniType, O extends z.ZodMiniType> {
  readonly summary: string
  readonly access: Access
  /** Writes count against the per-user write rate limit. */
  readonly writes: boolean
  readonly input: I
  readonly output: O
  /** Codes beyond those every action may answer (UNAUTHENTICATED, FORBIDDEN, INVALID_INPUT, RATE_LIMITED, INTERNAL…). */
  readonly errors: readonly ErrorCode[]
}

const action = <I extends z.ZodMiniType, O extends z.ZodMiniType>(spec: ActionSpec<I, O>) => spec

const YearInput = z.strictObject({ year: Year })
const SubmissionRef = z.strictObject({ submissionId: Id('填报编号') })
const PhotoRef = z.strictObject({ year: Year, itemId: ItemId, fileId: text('照片编号', 512) })
/** Registering also takes a document's name as the filler chose it (shown on its chip). */
const AddEvidenceInput = z.strictObject({
  year: Year,
  itemId: ItemId,
  fileId: text('照片编号', 512),
  name: z.optional(text('文件名', MAX_DOCUMENT_NAME_CHARS)),
})
const Empty = z.strictObject({})

export const INVITE_VALID_DAYS = 7
export const MAX_CARDS_PER_CALL = 50
const UnreadCount = z.object({ unread: z.number() })


// ---- Years as data, progress and reminders (催报) ----

const WordingChangeSchema = z.object({ where: z.string(), before: z.string(), after: z.string() })
const SocietyIds = z
  .array(Id('学会编号'))
  .check(z.minLength(1, { error: '请至少选择一个学会' }), z.maxLength(500, { error: '一次最多选择500个学会' }))

const yearActions = {
  'review.years': action({
    summary: '全部年度及其设置（当前年度、截止日期、延期、等级划分），供年度切换',
    access: 'reviewer',
    writes: false,
    input: Empty,
    output: z.object({ current: z.number(), years: z.array(YearSettings) }),
    errors: [],
  }),
  'admin.openYear': action({
    summary: '开启下一年度：评分标准由上一年度顺延（措辞中的年份加一）；dryRun 只预览措辞变化',
    access: 'admin',
    writes: true,
    input: z.strictObject({ year: Year, dryRun: z.optional(z.boolean()) }),
    output: z.object({ year: YearSettings, changes: z.array(WordingChangeSchema), opened: z.boolean() }),
    errors: ['INVALID_STATE'],
  }),
  'admin.updateYear': action({
    summary: '修改年度设置：填报截止日期、各学会的延期（null 取消延期）、等级划分、自动提醒（截止前几天提醒未提交的学会）',
    access: 'admin',
    writes: true,
    input: z.strictObject({
      year: Year,
      deadline: z.optional(z.nullable(DeadlineDate('填报截止日期'))),
      extensions: z.optional(
        z.record(Id('学会编号'), z.nullable(DeadlineDate('延期日期'))).check(
          z.refine((r) => Object.keys(r).length <= 500, { error: '一次最多修改500个学会的延期' }),
        ),
      ),
      gradeBands: z.optional(z.array(GradeBand).check(z.maxLength(10, { error: '等级划分最多10档' }))),
      reminderDaysBefore: z.optional(ReminderDaysBefore),
    }),
    output: YearSettings,
    errors: ['NOT_FOUND', 'INVALID_STATE'],
  }),
  'admin.closeYear': action({
    summary: '结束年度：结果冻结，不能再填报或修改审核',
    access: 'admin',
    writes: true,
    input: YearInput,
    output: YearSettings,
    errors: ['NOT_FOUND'],
  }),
  'admin.progress': action({
    summary: '某年度填报进度：各状态数量，未提交学会及联系人、电话、催报记录',
    access: 'admin',
    writes: false,
    input: YearInput,
    output: z.object({
      year: z.number(),
      counts: ProgressCounts,
      pending: z.array(PendingSociety),
    }),
    errors: ['NOT_FOUND'],
  }),
  'admin.remind': action({
    summary: '催报：给所选学会的填报人发站内消息，已订阅的同时发订阅消息',
    access: 'admin',
    writes: true,
    input: z.strictObject({ year: Year, societyIds: SocietyIds }),
    output: z.object({ results: z.array(RemindResult) }),
    errors: ['NOT_FOUND', 'INVALID_STATE'],
  }),
  'submission.years': action({
    summary: '本学会的各年度：年度状态、本会截止日期、能否再填报，以及每年自评表的状态、总分和等级（新的在前）',
    access: 'filler',
    writes: false,
    input: Empty,
    output: z.object({ current: z.number(), years: z.array(SocietyYear) }),
    errors: [],
  }),
  'report.compareYears': action({
    summary: '某年度与上一年度比较：各组平均分、等级分布、等级升降的学会',
    access: 'reviewer',
    writes: false,
    input: YearInput,
    output: YearComparison,
    errors: ['NOT_FOUND'],
  }),
  'admin.previewReminders': action({
    summary: '自动提醒预览：按所给的提前天数，列出每个提醒日将收到提醒的未提交学会（按各自截止日期，含延期）及没有填报人的学会',
    access: 'admin',
    writes: false,
    input: z.strictObject({ year: Year, reminderDaysBefore: ReminderDaysBefore }),
    output: z.object({ year: z.number(), deadline: z.nullable(z.string()), days: z.array(ReminderPreviewDay) }),
    errors: ['NOT_FOUND'],
  }),
} as const

export const SORT_ORDERS = ['score-desc', 'score-asc', 'name', 'updated'] as const
export type SortOrder = (typeof SORT_ORDERS)[number]
/**
 * 我负责的 (the societies assigned to the caller) or 全部. Left out: 我负责的 when the caller has any society
 * assigned, else 全部; the answer says which.
 */
export const LIST_SCOPES = ['mine', 'all'] as const
export type ListScope = (typeof LIST_SCOPES)[number]

/** The reviewers' list filter; review.neighbours walks the same list. */
const listFilter = {
  year: Year,
  status: z.optional(ListStatusSchema),
  search: z.optional(optionalText('搜索词', MAX_SEARCH_CHARS)),
  sort: z.optional(z.enum(SORT_ORDERS, { error: '排序方式不正确' })),
  scope: z.optional(z.enum(LIST_SCOPES, { error: '范围只能是 mine（我负责的）或 all（全部）' })),
}
const ReviewListFilter = z.strictObject({ ...listFilter, page: z.optional(PageNumber), pageSize: z.optional(PageSize) })

const reportActions = {
  'report.form': action({
    summary: '某学会某年度的自评表（附件3格式的 .xlsx）；填报人只能导出本学会的，审核员和管理员可导出任一学会的',
    access: 'member',
    writes: true,
    input: z.strictObject({ year: Year, societyId: z.optional(Id('学会编号')) }),
    output: ReportFile,
    errors: ['NOT_FOUND'],
  }),
  'report.results': action({
    summary: '某年度的结果汇总（.xlsx：汇总含等级和排名、逐项得分、每个学会一张自评表）',
    access: 'reviewer',
    writes: true,
    input: YearInput,
    output: ReportFile,
    errors: ['NOT_FOUND'],
  }),
  'report.evidence': action({
    summary: '某学会某年度的证明材料压缩包（按指标命名，附目录）',
    access: 'reviewer',
    writes: true,
    input: z.strictObject({ year: Year, societyId: Id('学会编号') }),
    output: ReportFile,
    errors: ['NOT_FOUND'],
  }),
  'report.dashboard': action({
    summary: '某年度的统计：各状态数量、总分分布、各组平均分、失分最多的指标',
    access: 'reviewer',
    writes: false,
    input: YearInput,
    output: Dashboard,
    errors: ['NOT_FOUND'],
  }),
}

// ---- Subscribe-message credits: each one-time consent allows one message ----

/** A template id as 公众平台 shows it (letters, digits, - and _). */
const TemplateId = z
  .string({ error: '订阅消息模板编号必须是文字' })
  .check(z.regex(/^[A-Za-z0-9_-]{8,128}$/, { error: '订阅消息模板编号格式不正确' }))

const subscribeActions = {
  'account.recordSubscribeConsent': action({
    summary: '记录一次订阅消息授权的结果：同意则本人该模板的提醒次数加一（每次可发一条），拒绝则不变；答复现有次数',
    access: 'filler',
    writes: true,
    input: z.strictObject({ templateId: TemplateId, accepted: z.boolean({ error: 'accepted 必须是 true 或 false' }) }),
    output: z.object({ templateId: z.string(), credits: z.number() }),
    errors: [],
  }),
}

export const contract = {
  'account.whoami': action({
    summary: '我是谁：角色、绑定的学会、填报人资料',
    access: 'authenticated',
    writes: false,
    input: Empty,
    output: Me,
    errors: [],
  }),
  'account.bind': action({
    summary: '用管理员发放的绑定码绑定学会，并填写填报人和手机号',
    access: 'authenticated',
    writes: true,
    input: BindInput,
    output: Me,
    errors: ['BAD_BINDING_CODE', 'ALREADY_BOUND', 'INVALID_STATE'],
  }),
  'account.updateProfile': action({
    summary: '修改填报人和手机号',
    access: 'member',
    writes: true,
    input: ProfileInput,
    output: Me,
    errors: [],
  }),

  'submission.get': action({
    summary: '本学会某年度的自评表（首次读取时创建空白草稿）',
    access: 'filler',
    writes: false,
    input: YearInput,
    output: SubmissionView,
    errors: ['NOT_FOUND'],
  }),
  'submission.saveAnswers': action({
    summary: '按指标保存答案（基于版本号合并；同一指标被他人改过时返回冲突及服务器上的内容）',
    access: 'filler',
    writes: true,
    input: z.strictObject({
      year: Year,
      baseVersion: Version,
      /** Item id → the item's whole new answer, or null to clear it. Photos are managed by addPhoto/removePhoto. */
      patch: ItemRecord(z.nullable(z.unknown())),
    }),
    output: AnswersSaved,
    errors: ['NOT_FOUND', 'CONFLICT', 'INVALID_STATE'],
  }),
  'submission.addPhoto': action({
    summary: '把已上传的证明照片或文件（PDF、Word、Excel）登记到某一指标（每项最多9个）；服务器核对文件确已上传、类型与大小，并计算照片指纹用于查重',
    access: 'filler',
    writes: true,
    input: AddEvidenceInput,
    output: EvidenceChanged,
    errors: ['NOT_FOUND', 'INVALID_STATE', 'TOO_MANY_PHOTOS', 'CONFLICT', 'PAYLOAD_TOO_LARGE'],
  }),
  'submission.removePhoto': action({
    summary: '删除某一指标的证明照片或文件',
    access: 'filler',
    writes: true,
    input: PhotoRef,
    output: EvidenceChanged,
    errors: ['NOT_FOUND', 'INVALID_STATE', 'CONFLICT'],
  }),
  'submission.submit': action({
    summary: '提交自评表：服务器校验完整性并计算自评分（重复提交不重复处理）',
    access: 'filler',
    writes: true,
    input: YearInput,
    output: Submitted,
    errors: ['NOT_FOUND', 'INCOMPLETE', 'INVALID_STATE', 'CONFLICT'],
  }),
  'submission.result': action({
    summary: '审核结果：每项自评分、最终得分和审核意见',
    access: 'filler',
    writes: false,
    input: YearInput,
    output: SubmissionView,
    errors: ['NOT_FOUND'],
  }),
  'evidence.urls': action({
    summary: '证明照片的临时访问地址（仅本学会和审核员）',
    access: 'member',
    writes: false,
    input: z.strictObject({
      fileIds: z.array(text('照片编号', 512)).check(z.maxLength(100, { error: '一次最多100张照片' })),
    }),
    output: z.object({ urls: z.record(z.string(), z.string()) }),
    errors: [],
  }),
  'evidence.readings': action({
    summary: '本学会某一项证明照片的识别结果（文字、日期、是否不在评价年度内）；识别中的照片为 pending',
    access: 'filler',
    writes: false,
    input: z.strictObject({ year: Year, itemId: ItemId }),
    output: z.object({ readings: EvidenceReadings }),
    errors: [],
  }),

  'review.list': action({
    summary: '某年度全部已登记学会（含未开始的）：按状态筛选、按名称搜索、按得分排序、分页；附各状态的学会数',
    access: 'reviewer',
    writes: false,
    input: ReviewListFilter,
    output: z.object({
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
      /** The scope listed (the one asked for, or the default). */
      scope: z.enum(LIST_SCOPES),
      /** Societies per status in the scope for the whole year, whatever the status or search filter. */
      counts: StatusCounts,
      rows: z.array(ReviewListRow),
    }),
    errors: [],
  }),
  'review.get': action({
    summary: '一份填报的全部答案、证明照片和审核记录',
    access: 'reviewer',
    writes: false,
    input: SubmissionRef,
    output: SubmissionView,
    errors: ['NOT_FOUND'],
  }),
  'review.saveScores': action({
    summary: '逐项确认或修改最终得分并填写意见（按指标合并；同一指标被其他审核员改过时返回冲突）',
    access: 'reviewer',
    writes: true,
    input: z.strictObject({
      submissionId: Id('填报编号'),
      items: ItemRecord(
        z.strictObject({
          finalScore: z.optional(z.nullable(z.number({ error: '最终得分必须是数字' }))),
          comment: z.optional(optionalText('审核意见', MAX_COMMENT_CHARS)),
        }),
      ),
      /** The version the reviewer's page was loaded at: an item another reviewer changed since is a conflict. */
      baseVersion: Version,
    }),
    output: ScoresSaved,
    errors: ['NOT_FOUND', 'INVALID_STATE', 'CONFLICT'],
  }),
  'review.return': action({
    summary: '退回修改，写明总体原因和各项原因，并通知学会',
    access: 'reviewer',
    writes: true,
    input: z.strictObject({
      submissionId: Id('填报编号'),
      overall: optionalText('退回原因', MAX_RETURN_REASON_CHARS),
      items: ItemRecord(text('该项退回原因', MAX_ITEM_RETURN_REASON_CHARS)),
    }),
    output: SubmissionView,
    errors: ['NOT_FOUND', 'INVALID_STATE', 'CONFLICT'],
  }),
  'review.finalize': action({
    summary: '审核通过并定稿，通知学会',
    access: 'reviewer',
    writes: true,
    input: SubmissionRef,
    output: SubmissionView,
    errors: ['NOT_FOUND', 'INVALID_STATE', 'CONFLICT'],
  }),

  'admin.registerSociety': action({
    summary: '登记学会并生成绑定码',
    access: 'admin',
    writes: true,
    input: RegisterSocietyInput,
    output: IssuedCode,
    errors: [],
  }),
  'admin.reissueCode': action({
    summary: '重新生成学会的绑定码（旧码作废）',
    access: 'admin',
    writes: true,
    input: z.strictObject({ societyId: Id('学会编号') }),
    output: z.object({ bindingCode: z.string() }),
    errors: ['NOT_FOUND'],
  }),
  'admin.listSocieties': action({
    summary: '全部学会，及其在某年度（默认当前年度）的填报状态',
    access: 'admin',
    writes: false,
    input: z.strictObject({ year: z.optional(Year) }),
    output: z.object({ societies: z.array(SocietyAdminView) }),
    errors: ['NOT_FOUND'],
  }),
  'admin.appointReviewer': action({
    summary: '任命审核员',
    access: 'admin',
    writes: true,
    input: z.strictObject({ openid: Id('用户标识'), name: z.optional(PersonName) }),
    output: UserAdminView,
    errors: [],
  }),
  'admin.removeReviewer': action({
    summary: '撤销审核员',
    access: 'admin',
    writes: true,
    input: z.strictObject({ openid: Id('用户标识') }),
    output: UserAdminView,
    errors: ['NOT_FOUND', 'INVALID_STATE'],
  }),
  'admin.unbindUser': action({
    summary: '解除填报人与学会的绑定（如手机遗失）；此后须用新的绑定码重新绑定',
    access: 'admin',
    writes: true,
    input: z.strictObject({ openid: Id('用户标识') }),
    output: UserAdminView,
    errors: ['NOT_FOUND', 'INVALID_STATE'],
  }),
  'admin.listUsers': action({
    summary: '全部用户及其角色',
    access: 'admin',
    writes: false,
    input: Empty,
    output: z.object({ users: z.array(UserAdminView) }),
    errors: [],
  }),

  ...adminConsoleActions(),

  'notifications.list': action({
    summary: '我的消息，新的在前',
    access: 'member',
    writes: false,
    input: z.strictObject({ page: z.optional(PageNumber), pageSize: z.optional(PageSize) }),
    output: z.object({ total: z.number(), unread: z.number(), rows: z.array(Notification) }),
    errors: [],
  }),
  'notifications.markRead': action({
    summary: '标记消息为已读（指定编号或全部）',
    access: 'member',
    writes: true,
    input: z.strictObject({
      ids: z.optional(z.array(Id('消息编号')).check(z.maxLength(100, { error: '一次最多100条' }))),
      all: z.optional(z.boolean()),
    }),
    output: UnreadCount,
    errors: [],
  }),
  'notifications.unreadCount': action({
    summary: '未读消息数',
    access: 'member',
    writes: false,
    input: Empty,
    output: UnreadCount,
    errors: [],
  }),

  // Review at the scale of a year (issue 8): walking the list, accepting in one go, history.
  'review.neighbours': action({
    summary: '同一筛选和排序下的上一份、下一份填报',
    access: 'reviewer',
    writes: false,
    input: z.strictObject({ ...listFilter, submissionId: Id('填报编号') }),
    output: z.object({
      previous: z.nullable(SubmissionRefRow),
      next: z.nullable(SubmissionRefRow),
      /** 1-based place of this submission among the listed submissions (0 when it is not among them). */
      position: z.number(),
      count: z.number(),
    }),
    errors: ['NOT_FOUND'],
  }),
  'review.acceptSelfScores': action({
    summary: '对尚未审核的每一项，一次采纳自评分为最终得分',
    access: 'reviewer',
    writes: true,
    input: SubmissionRef,
    output: ScoresSaved,
    errors: ['NOT_FOUND', 'INVALID_STATE', 'CONFLICT'],
  }),
  'review.history': action({
    summary: '一份填报的历史：提交、退回（及原因）、重新提交、审核通过，以及每一次得分修改',
    access: 'reviewer',
    writes: false,
    input: SubmissionRef,
    output: z.object({ entries: z.array(HistoryEntry) }),
    errors: ['NOT_FOUND'],
  }),
  'submission.history': action({
    summary: '本学会某年度自评表的审核历史（审核通过后可见）',
    access: 'filler',
    writes: false,
    input: YearInput,
    output: z.object({ entries: z.array(HistoryEntry) }),
    errors: ['NOT_FOUND', 'INVALID_STATE'],
  }),
  ...yearActions,
  // Reports: the filled form, the year's results, the evidence archive, the dashboard.
  ...reportActions,

  // ---- the first admin, by the deployer's setup code (ADMIN_SETUP_CODE) ----
  'account.claimAdmin': action({
    summary: '用部署时设置的管理员设置码成为第一位管理员（已有管理员后不再可用）',
    access: 'authenticated',
    writes: true,
    input: ClaimAdminInput,
    output: Me,
    errors: ['FORBIDDEN', 'INVALID_STATE', 'ALREADY_BOUND'],
  }),
  // What follows a review: withdrawing, 公示 and 复核 (issue 22).
  ...recheckActions,
  ...subscribeActions,
} as const

/** The admin console (issue 9): societies in bulk, binding-code sheets and cards, invitations, assignment. */
function adminConsoleActions() {
  const SocietyIds = z.array(Id('学会编号')).check(
    z.minLength(1, { error: '请至少选择一个学会' }),
    z.maxLength(MAX_IMPORT_ROWS, { error: `一次最多${MAX_IMPORT_ROWS}个学会` }),
  )
  const CodeList = (max: number) =>
    z.array(z.strictObject({ societyId: Id('学会编号'), bindingCode: text('绑定码', 32) })).check(
      z.minLength(1, { error: '没有绑定码' }),
      z.maxLength(max, { error: `一次最多${max}个绑定码` }),
    )
  const ImportInputRow = z.strictObject({
    name: z.string({ error: '学会名称必须是文字' }).check(z.maxLength(200, { error: '学会名称过长' })),
    contact: z.optional(z.string({ error: '联系人必须是文字' }).check(z.maxLength(200, { error: '联系人过长' }))),
    phone: z.optional(z.string({ error: '联系电话必须是文字' }).check(z.maxLength(40, { error: '联系电话过长' }))),
    /** The row number in the user's file (header = row 1); by default the row's place in `rows` + 1. */
    row: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000))),
  })
  return {
    'admin.readImportFile': action({
      summary: `读取上传的学会名单（.xlsx 或 .csv，UTF-8 或 GBK，最大 ${MAX_IMPORT_BYTES / 1024 / 1024} MB、${MAX_IMPORT_ROWS} 行），按表头找出 学会名称、联系人、联系电话 列`,
      access: 'admin',
      writes: false,
      input: z.strictObject({ fileId: text('文件编号', 512), fileName: text('文件名', 200) }),
      output: z.object({
        rows: z.array(z.object({ row: z.number(), name: z.string(), contact: z.string(), phone: z.string() })),
        headerRow: z.number(),
        ignoredColumns: z.array(z.string()),
      }),
      errors: ['NOT_FOUND', 'PAYLOAD_TOO_LARGE'],
    }),
    'admin.importSocieties': action({
      summary: `批量登记学会（每次最多 ${MAX_IMPORT_ROWS} 行）；dryRun 只预览：列出将登记的学会和每个跳过的行及原因，不写入`,
      access: 'admin',
      writes: true,
      input: z.strictObject({
        rows: z.array(ImportInputRow).check(
          z.minLength(1, { error: '名单是空的' }),
          z.maxLength(MAX_IMPORT_ROWS, { error: `一次最多导入${MAX_IMPORT_ROWS}行，请分批导入` }),
        ),
        dryRun: z.optional(z.boolean({ error: 'dryRun 必须是 true 或 false' })),
      }),
      output: z.object({
        /** With dryRun: what would be created, with empty ids and codes. */
        created: z.array(IssuedCode),
        skipped: z.array(z.object({ row: z.number(), name: z.string(), reason: z.string() })),
      }),
      errors: [],
    }),
    'admin.updateSociety': action({
      summary: '修改学会名称、联系人、联系电话，停用或恢复学会（停用后不能绑定和保存，数据保留）',
      access: 'admin',
      writes: true,
      input: z.strictObject({
        societyId: Id('学会编号'),
        name: z.optional(text('学会名称', SOCIETY_NAME_MAX)),
        contact: z.optional(optionalText('联系人', 30)),
        phone: z.optional(ContactPhone),
        active: z.optional(z.boolean({ error: '是否启用必须是 true 或 false' })),
      }),
      output: SocietyAdminView,
      errors: ['NOT_FOUND'],
    }),
    'admin.reissueCodes': action({
      summary: '为选中的学会重新生成绑定码（旧码作废）',
      access: 'admin',
      writes: true,
      input: z.strictObject({ societyIds: SocietyIds }),
      output: z.object({ codes: z.array(IssuedCode) }),
      errors: ['NOT_FOUND'],
    }),
    'admin.codeSheet': action({
      summary: '绑定码表（.xlsx，Base64）：学会、绑定码、联系人、联系电话；只收仍然有效的绑定码',
      access: 'admin',
      writes: false,
      input: z.strictObject({ codes: CodeList(MAX_IMPORT_ROWS) }),
      output: z.object({ fileName: z.string(), base64: z.string() }),
      errors: ['NOT_FOUND', 'BAD_BINDING_CODE'],
    }),
    'admin.codeCards': action({
      summary: '绑定卡片：每个学会的绑定码和打开绑定页的二维码（PNG，Base64）',
      access: 'admin',
      writes: false,
      input: z.strictObject({ codes: CodeList(MAX_CARDS_PER_CALL) }),
      output: z.object({
        cards: z.array(z.object({ societyId: z.string(), name: z.string(), bindingCode: z.string(), qrPng: z.string() })),
      }),
      errors: ['NOT_FOUND', 'BAD_BINDING_CODE'],
    }),
    'admin.inviteReviewer': action({
      summary: `生成审核员邀请码（${INVITE_VALID_DAYS}天内有效，只能用一次）`,
      access: 'admin',
      writes: true,
      input: InviteReviewerInput,
      output: z.object({ code: z.string(), invite: InviteView }),
      errors: [],
    }),
    'admin.listInvites': action({
      summary: '审核员邀请：未使用、已使用、已过期',
      access: 'admin',
      writes: false,
      input: Empty,
      output: z.object({ invites: z.array(InviteView) }),
      errors: [],
    }),
    'account.acceptInvite': action({
      summary: '用邀请码成为审核员，并填写姓名',
      access: 'authenticated',
      writes: true,
      input: AcceptInviteInput,
      output: Me,
      errors: ['BAD_INVITE_CODE', 'ALREADY_BOUND', 'INVALID_STATE'],
    }),
    'admin.assignSocieties': action({
      summary: '把选中的学会分配给一位审核员（reviewer 为 null：取消分配）',
      access: 'admin',
      writes: true,
      input: z.strictObject({ societyIds: SocietyIds, reviewer: z.nullable(Id('审核员')) }),
      output: z.object({ updated: z.number() }),
      errors: ['NOT_FOUND', 'INVALID_STATE'],
    }),
    'admin.assignEvenly': action({
      summary: '把学会平均分给选中的审核员（onlyUnassigned：只分尚未分配的学会）',
      access: 'admin',
      writes: true,
      input: z.strictObject({
        reviewers: z.array(Id('审核员')).check(
          z.minLength(1, { error: '请至少选择一位审核员' }),
          z.maxLength(100, { error: '最多100位审核员' }),
        ),
        onlyUnassigned: z.boolean({ error: 'onlyUnassigned 必须是 true 或 false' }),
      }),
      output: z.object({ assigned: z.array(z.object({ openid: z.string(), name: z.string(), count: z.number() })) }),
      errors: ['NOT_FOUND', 'INVALID_STATE'],
    }),
  } as const
}

export type Contract = typeof contract
export type ActionName = keyof Contract
export type ActionInput<A extends ActionName> = z.infer<Contract[A]['input']>
export type ActionOutput<A extends ActionName> = z.infer<Contract[A]['output']>

export const ACTION_NAMES = Object.keys(contract) as ActionName[]

export const isActionName = (name: unknown): name is ActionName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)

export { functionOf } from './function-of'
