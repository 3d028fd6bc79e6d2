import type { GradeBand, Publication, YearStatus } from '../../../src/shared'

/** A year and its settings: the store, never the code, says which years exist and which is current. */
export interface YearRecord {
  year: number
  status: YearStatus
  /** The year whose rubric this one was rolled over from; null: the year's own form (2022). */
  rubricFrom: number | null
  /** 填报截止, `YYYY-MM-DD` (the whole day in Beijing time); null: no deadline. */
  deadline: string | null
  /** Society id → that society's later deadline. */
  extensions: Record<string, string>
  gradeBands: GradeBand[]
  openedAt: string
  closedAt: string | null
  updatedAt: string
  /** 自动提醒: days before each society's deadline to remind it; absent in records made before it existed. */
  reminderDaysBefore?: number[]
  /** The year's 公示 (issue 22); absent or null: not published. */
  publication?: PublicationRecord | null
}

/** A 公示 as stored: the shown publication, and the societies already told of it. */
export interface PublicationRecord extends Publication {
  by: string
  notified: string[]
}

export interface YearStore {
  getYear(year: number): Promise<YearRecord | null>
  /** False when the year exists already. */
  insertYear(record: YearRecord): Promise<boolean>
  putYear(record: YearRecord): Promise<void>
  /** Oldest first. */
  listYears(): Promise<YearRecord[]>
}
