import { COUNTDOWN_DAYS, chineseDate, daysLeft, deadlineMessage } from '../../shared/years/deadline'
import type { YearStatus } from '../../shared'

export interface DeadlineText {
  tone: 'info' | 'urgent' | 'closed'
  text: string
}

/** What the filler's home says about the deadline at `now`; null when the year has none and is open. */
export function deadlineText(
  year: { year: number; status: YearStatus; deadline: string | null },
  now: Date,
): DeadlineText | null {
  if (year.status === 'closed') return { tone: 'closed', text: `${year.year}年度已结束，不能再修改或提交` }
  if (!year.deadline) return null
  const left = daysLeft(year.deadline, now)
  if (left === 0) return { tone: 'closed', text: deadlineMessage(year.year, year.deadline) }
  const date = `填报截止：${chineseDate(year.deadline)}`
  if (left === 1) return { tone: 'urgent', text: `${date}，今天是最后一天` }
  if (left <= COUNTDOWN_DAYS) return { tone: 'urgent', text: `${date}，还剩 ${left} 天` }
  return { tone: 'info', text: date }
}
