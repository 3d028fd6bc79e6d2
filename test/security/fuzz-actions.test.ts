import fc from 'fast-check'
import { ACTION_NAMES, ERROR_CODES, contract, type ActionName, type ActionResult } from '../../src/shared'
import { counter } from './counts'
import { handlerDriver, type HandlerDriver } from './handler-driver'
import { hostileString, hostileValue, mutation, spoil } from './hostile'
import { validInputs } from './valid-inputs'
import { buildWorld, submitA, type World } from './world'

/**
 * Property-based fuzzing of every action's input through `dispatch`, as a caller the action admits: every
 * answer is typed (ok with a contract-valid output, or a known error code with a Chinese message, never
 * INTERNAL), nothing throws, and a refused call leaves the stored data exactly as it was.
 */
const RUNS_PER_ACTION = 200
const cases = counter('fuzz cases run (actions)')

let d: HandlerDriver
let w: World
let valid: ReturnType<typeof validInputs>

beforeAll(async () => {
  d = handlerDriver()
  w = await buildWorld(d)
  valid = validInputs(w, await submitA(d, w))
})
afterAll(() => d.store.close())

/** Everything a refused call must not touch. */
function snapshot(): string {
  const db = d.store.db
  const rows = (sql: string) => db.prepare(sql).all()
  return JSON.stringify([
    rows('SELECT * FROM submissions ORDER BY id'),
    rows('SELECT * FROM users ORDER BY openid'),
    rows('SELECT * FROM societies ORDER BY id'),
    rows('SELECT count(*) AS n FROM notifications'),
    rows('SELECT count(*) AS n FROM audit'),
  ])
}

/** A problem with one answer, or null when it is well-typed. */
function problemWith(action: string, result: ActionResult<unknown>): string | null {
  if (result.ok) {
    if (!(action in contract)) return 'an unknown action succeeded'
    return contract[action as ActionName].output.safeParse(result.data).success ? null : 'output breaks the contract'
  }
  if (!ERROR_CODES.includes(result.code)) return `unknown code ${String(result.code)}`
  if (result.code === 'INTERNAL') return `INTERNAL: ${result.message}`
  if (typeof result.message !== 'string' || !/[\u4e00-\u9fff]/.test(result.message)) return 'message is not Chinese'
  if (result.message.length > 4000) return `message of ${result.message.length} characters`
  return null
}

const callerFor = (action: ActionName): fc.Arbitrary<string> => {
  const access = contract[action].access
  if (access === 'filler') return fc.constant(w.ids.fillerA!)
  if (access === 'reviewer') return fc.constantFrom(w.ids.reviewer!, w.ids.admin!)
  if (access === 'admin') return fc.constant(w.ids.admin!)
  return fc.constantFrom(w.ids.fillerA!, w.ids.reviewer!, w.ids.admin!)
}

async function runCase(caller: string | null, event: unknown, action: string): Promise<void> {
  const before = snapshot()
  const result = await d.call(caller, event as Record<string, unknown>)
  cases.add()
  const problem = problemWith(action, result)
  if (problem) throw new Error(`${action}: ${problem}`)
  if (!result.ok && snapshot() !== before) throw new Error(`${action}: refused with ${result.code} but changed stored data`)
}

describe('fuzzing every action’s input', () => {
  it.each(ACTION_NAMES.map((a) => [a]))('%s answers every hostile input with a typed result and changes nothing when refused', async (action) => {
    await fc.assert(
      fc.asyncProperty(callerFor(action), mutation, hostileValue, async (caller, m, value) =>
        runCase(caller, { action, input: spoil(valid[action], m, value) }, action),
      ),
      { numRuns: RUNS_PER_ACTION },
    )
  }, 60_000)

  it('answers hostile events (not an object, odd action names, odd shapes) with a typed error', async () => {
    const event = fc.oneof(
      hostileValue,
      fc.record({ action: hostileString, input: hostileValue }),
      fc.record({ action: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''), input: hostileValue }),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(w.ids.fillerA!, w.ids.admin!, null), event, async (caller, e) => {
        const action = typeof e === 'object' && e !== null ? String((e as { action?: unknown }).action) : '(event)'
        await runCase(caller, e, action)
      }),
      { numRuns: 300 },
    )
  }, 60_000)

  it('leaves no polluted prototype behind', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).role).toBeUndefined()
  })
})
