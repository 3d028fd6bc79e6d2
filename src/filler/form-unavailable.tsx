import { NOT_AVAILABLE_TITLE, PageState, backOr } from '../components/page-state'
import { routes } from '../shared/routes'

/** A form page for a year the server has no form of (not opened): why, and the way back, instead of a form. */
export function FormUnavailable({ reason }: { reason: string }) {
  return <PageState title={NOT_AVAILABLE_TITLE} error={reason} exit={backOr('返回首页', routes.home())} />
}
