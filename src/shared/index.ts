export * from './rubric'
export * from './answers'
export * from './scoring'
