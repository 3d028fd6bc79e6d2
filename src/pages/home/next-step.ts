import { rubricItems } from '../../shared/rubric'
import type { Rubric, ScoreReport, SubmissionView } from '../../shared'
import { routes } from '../../shared/routes'

export interface NextStep {
  readonly label: string
  readonly url: string
}

/** Items the reviewer sent back, in form order. */
export const returnedItems = (rubric: Rubric, submission: SubmissionView): string[] => {
  const reasons = submission.status === 'returned' ? (submission.returnReasons?.items ?? {}) : {}
  return rubricItems(rubric)
    .map((i) => i.id)
    .filter((id) => id in reasons)
}

export const answeredCount = (rubric: Rubric, report: ScoreReport): number =>
  rubricItems(rubric).length - report.incomplete.length

/** 未填写 until anything is saved or answered, then the state machine's own label. */
export function statusLabel(submission: SubmissionView, answered: number, statusLabels: Record<string, string>): string {
  if (submission.status === 'draft' && submission.version === 0 && answered === 0) return '未填写'
  return statusLabels[submission.status] ?? submission.status
}

/** The one thing the filler most likely wants to do next. */
export function nextStep(rubric: Rubric, submission: SubmissionView, report: ScoreReport): NextStep {
  const year = submission.year
  // Past its deadline, or its year closed: the form can only be read.
  if (submission.closedReason) return { label: '查看已填写的内容', url: routes.sections(year) }
  switch (submission.status) {
    case 'reviewed':
      return { label: '查看审核结果', url: routes.result(year) }
    case 'submitted':
      return { label: '查看已提交的内容', url: routes.sections(year) }
    case 'returned': {
      const first = returnedItems(rubric, submission)[0]
      return { label: '修改退回项', url: first ? routes.item(first, year) : routes.sections(year) }
    }
    case 'draft': {
      const firstIncomplete = report.incomplete[0]
      if (!firstIncomplete) return { label: '提交前检查', url: routes.submit(year) }
      const started = answeredCount(rubric, report) > 0
      return { label: started ? '继续填写' : '开始填写', url: routes.item(firstIncomplete, year) }
    }
  }
}
