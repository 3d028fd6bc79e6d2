import { societyNameKey, type SocietyAdminView } from '../../../shared'

export type SocietyFilter = 'all' | 'unbound' | 'unassigned' | 'inactive'

export const FILTERS: readonly { label: string; value: SocietyFilter }[] = [
  { label: '全部', value: 'all' },
  { label: '未绑定', value: 'unbound' },
  { label: '未分配审核员', value: 'unassigned' },
  { label: '已停用', value: 'inactive' },
]

const KEEP: Record<SocietyFilter, (s: SocietyAdminView) => boolean> = {
  all: () => true,
  unbound: (s) => s.active && s.boundUsers === 0,
  unassigned: (s) => s.active && !s.reviewer,
  inactive: (s) => !s.active,
}

/** The societies a filter and a search (name, contact or phone; spaces ignored) keep, in name order. */
export function filterSocieties(societies: readonly SocietyAdminView[], filter: SocietyFilter, search: string): SocietyAdminView[] {
  const needle = societyNameKey(search)
  return societies
    .filter(KEEP[filter])
    .filter((s) => !needle || [s.name, s.contact, s.phone].some((field) => societyNameKey(field).includes(needle)))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
}

/** Rows shown at once; "加载更多" adds as many again (300 societies stay quick on a phone). */
export const PAGE_ROWS = 30
