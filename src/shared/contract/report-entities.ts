import * as z from '../zod'

/** A generated report kept in file storage: where to download it, and the name to save it under. */
export const ReportFile = z.object({
  url: z.string(),
  fileName: z.string(),
  /** The storage file id (cloud:// in production): the mini-program downloads by URL, this is for the record. */
  fileId: z.string(),
  /** What is inside, in words, e.g. 300个学会（257份填报）. */
  summary: z.string(),
})
export type ReportFile = z.infer<typeof ReportFile>

const Count = z.number()

/** The reviewers' dashboard of a year. */
export const Dashboard = z.object({
  year: z.number(),
  societies: Count,
  statusCounts: z.object({ notStarted: Count, draft: Count, submitted: Count, returned: Count, reviewed: Count }),
  /** Submitted, returned or reviewed: those whose totals the figures below use (final once reviewed, else self). */
  counted: Count,
  histogram: z.array(z.object({ from: z.number(), to: z.number(), count: Count })),
  grades: z.array(z.object({ label: z.string(), min: z.number(), count: Count })),
  groups: z.array(
    z.object({ id: z.string(), name: z.string(), level: z.enum(['A', 'B']), max: z.number(), average: z.number() }),
  ),
  weakItems: z.array(
    z.object({ id: z.string(), indicator: z.string(), max: z.number(), below: Count, average: z.number() }),
  ),
  /** Issue 23: the items with the most photos dated outside the year (every date read on them), across societies. */
  outsideYearItems: z.optional(z.array(z.object({ id: z.string(), indicator: z.string(), photos: Count, societies: Count }))),
})
export type Dashboard = z.infer<typeof Dashboard>

/** A society whose grade changed from the year before (both years reviewed). */
export const GradeChange = z.object({
  societyId: z.string(),
  societyName: z.string(),
  /** This year's submission: the reviewer's detail opens it. */
  submissionId: z.string(),
  previousGrade: z.string(),
  grade: z.string(),
  previousTotal: z.number(),
  total: z.number(),
  direction: z.enum(['up', 'down']),
})
export type GradeChange = z.infer<typeof GradeChange>

/** A year beside the one before: group averages, the spread of grades, the societies whose grade changed. */
export const YearComparison = z.object({
  year: z.number(),
  /** The year before, null when there is none (the first form's year). */
  previousYear: z.nullable(z.number()),
  groups: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      level: z.enum(['A', 'B']),
      max: z.number(),
      average: z.number(),
      previousAverage: z.nullable(z.number()),
    }),
  ),
  /** Forms counted each year (submitted, returned or reviewed), as on the dashboard. */
  counted: z.number(),
  previousCounted: z.number(),
  grades: z.array(z.object({ label: z.string(), count: Count, previousCount: Count })),
  changes: z.array(GradeChange),
})
export type YearComparison = z.infer<typeof YearComparison>
