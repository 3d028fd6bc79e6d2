import { YEAR } from './people'

/**
 * Who opens each page of the mini-program, with what query, and the text that proves it rendered its real data.
 * pages.test.ts renders every page of the built app.json through this table: a page added to app.json without
 * an entry here fails that test.
 */
export type Visitor = 'filler' | 'submittedFiller' | 'reviewer' | 'admin' | 'newUser'

export interface VisitFixture {
  /** The society name of the test's filler (their draft). */
  fillerSociety: string
  /** The id of the test's second filler's submitted form. */
  submissionId: string
  submittedSociety: string
}

export interface PageVisit {
  as: Visitor
  query?: (fixture: VisitFixture) => Record<string, string>
  /** Texts the page must show (each found in its rendered text). */
  shows: (fixture: VisitFixture) => string[]
  /** Whether the page shows NutUI icons (rendered through @tarojs/plugin-html's <i>). */
  icons?: boolean
}

const year = () => ({ year: String(YEAR) })

export const PAGE_VISITS: Readonly<Record<string, PageVisit>> = {
  'pages/home/index': { as: 'filler', shows: (f) => [f.fillerSociety, `${YEAR}年度工作绩效评价自评表`, '开始填写', 'A1 自身建设'] },
  'filler/sections/index': { as: 'filler', query: year, shows: () => ['自评合计 0 / 110分', 'B2.1', '是否完成当年年检及年检结果'] },
  'filler/item/index': {
    as: 'filler',
    query: () => ({ id: 'B2.1', year: String(YEAR) }),
    shows: () => ['是否完成当年年检及年检结果', '完成年检并合格', '拍照或相册', '上一项'],
    icons: true,
  },
  'filler/submit/index': { as: 'filler', query: year, shows: (f) => [f.fillerSociety, '还有 38 项未填写完整', '去填写'] },
  'filler/result/index': { as: 'submittedFiller', query: year, shows: () => ['审核中', '自评表已提交（自评 110 分）'] },
  'filler/inbox/index': { as: 'submittedFiller', shows: () => ['暂无消息'] },
  'filler/bind/index': { as: 'newUser', shows: () => ['绑定所在学会', '绑定码', '审核员？使用管理员给您的邀请码'] },
  'filler/profile/index': { as: 'filler', shows: (f) => ['所在学会', f.fillerSociety, '填报人'] },
  'filler/claim-admin/index': { as: 'newUser', shows: () => ['领取管理员', '学会填报人请返回使用绑定码；审核员请使用管理员给您的邀请码。'] },
  'filler/public-results/index': { as: 'filler', query: year, shows: () => ['公示'] },
  'filler/invite/index': { as: 'newUser', shows: () => ['使用邀请码成为审核员', '成为审核员'] },
  'reviewer/pages/list/index': { as: 'reviewer', shows: (f) => [`${YEAR}年度学会自评`, f.submittedSociety, '已提交'], icons: true },
  'reviewer/pages/detail/index': {
    as: 'reviewer',
    query: (f) => ({ id: f.submissionId }),
    shows: (f) => [f.submittedSociety, '自评总分110', 'B1.1 学会换届情况', '按自评分确认'],
  },
  'admin/pages/index/index': { as: 'admin', shows: () => [`管理后台 · ${YEAR}年度`, '学会管理', '填报进度'] },
  'admin/pages/societies/index': { as: 'admin', shows: (f) => ['学会管理', f.fillerSociety, '重发绑定码'], icons: true },
  'admin/pages/import/index': { as: 'admin', shows: () => ['导入学会', '选择文件'] },
  'admin/pages/codes/index': { as: 'admin', shows: () => ['这里没有新的绑定码'] },
  'admin/pages/people/index': { as: 'admin', shows: () => ['人员与邀请', '生成邀请码', '王建华'] },
  'admin/pages/assign/index': { as: 'admin', shows: (f) => ['分配审核', '平均分配', f.fillerSociety], icons: true },
  'admin/pages/publish/index': { as: 'admin', query: year, shows: () => [`${YEAR}年度结果公示`] },
  'admin/pages/years/index': { as: 'admin', shows: () => [`当前年度：${YEAR}年度`, '填报截止', '等级划分'] },
  'admin/pages/progress/index': { as: 'admin', shows: (f) => [`${YEAR}年度填报进度`, f.fillerSociety, '未绑定填报人', '催报所选'], icons: true },
  'dashboard/pages/overview/index': { as: 'admin', query: year, shows: () => [`${YEAR}年度统计看板`, '总分分布', '各组平均分与满分'] },
}
