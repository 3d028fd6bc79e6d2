import { routes } from '../../../shared/routes'

/** The admin home's entries, in the order a year is run. Each page lives in the admin subpackage. */
export interface AdminMenuEntry {
  title: string
  note: string
  url: string
}

export const ADMIN_MENU: AdminMenuEntry[] = [
  { title: '学会管理', note: '查找、添加、改名、停用学会，重发绑定码', url: routes.adminSocieties() },
  { title: '导入学会', note: '从 Excel / CSV 文件或粘贴的表格批量导入', url: routes.adminImport() },
  { title: '人员与邀请', note: '邀请审核员，查看用户，解除绑定', url: routes.adminPeople() },
  { title: '分配审核', note: '把学会分给审核员，手动或平均分配', url: routes.adminAssign() },
  { title: '年度设置', note: '开启新年度、填报截止、延期、等级划分', url: routes.adminYears() },
  { title: '填报进度', note: '各状态数量，未提交学会，催报', url: routes.adminProgress() },
  { title: '结果公示', note: '公示审核结果至某日，查看复核申请', url: routes.adminPublish() },
]
