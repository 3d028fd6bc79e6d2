export * from './score-item'
export * from './score-report'
export * from './review-scores'
