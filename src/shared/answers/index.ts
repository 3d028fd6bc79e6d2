export * from './limits'
export * from './wire'
export { ANSWER_FIELD, KIND_NAME, itemAnswerSchema } from './item-answer'
export * from './parse-answers'
