import { MATRIX } from './access-table'
import { handlerDriver, type HandlerDriver } from './handler-driver'
import { counter } from './counts'
import { describeMatrix } from './matrix-runner'

/** Every action × every kind of caller × whose thing, against the handlers as a cloud function runs them. */
let driver: HandlerDriver
beforeAll(() => {
  driver = handlerDriver()
})
afterAll(() => driver.store.close())

describe('access matrix through the handlers', () => {
  describeMatrix(MATRIX, () => driver, counter('access matrix cells checked (handlers)'))
})
