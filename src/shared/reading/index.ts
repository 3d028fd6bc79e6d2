export { findDates, outsideYear, yearOf } from './dates'
export { QUARTERS, eventPeriodOf, itemEventPeriod, quarterCoverage, quarterOf, type EventPeriod, type Quarter, type QuarterCoverage } from './quarters'
