/**
 * Emulator load over real HTTP, the server in its own process: 300 societies bind, save all 38 items as
 * per-item patches, register a photo and submit, 20 at a time; then a reviewer lists and finalizes all. Every
 * answer is read back and rescored; the same server's trivial action (account.whoami) is the floor.
 * BENCH_LOAD_SOCIETIES changes the count (e.g. 30 for a quick run).
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import jpeg from 'jpeg-js'
import { getRubric, rubricItems, scoreAnswers, type Answers, type SubmissionView } from '../src/shared'
import { bestAnswer, worstAnswer } from '../test/shared/answer-builders'
import { figures, type Figure, type FigureInput } from './figures'
import { timing } from './measure'
import { Session, pool, type Samples } from './support/http-client'
import { ROOT } from './support/project'

const YEAR = 2022
const SOCIETIES = Number(process.env.BENCH_LOAD_SOCIETIES) || 300
const WIDTH = 20
const TRIVIAL_CALLS = 2000
const rubric = getRubric(YEAR)
const items = rubricItems(rubric)

/** utime + stime of a process in ms (Linux /proc, 100 ticks a second). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

async function startServer() {
  // BENCH_LOAD_PROFILE=<folder>: the server writes a V8 CPU profile of the whole run there (where its time goes).
  const profile = process.env.BENCH_LOAD_PROFILE
  const server = join(__dirname, 'support/load-server.ts')
  const child = profile
    ? spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profile}`, '--import', 'tsx', server], { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(join(ROOT, 'node_modules/.bin/tsx'), [server], { stdio: ['ignore', 'pipe', 'inherit'] })
  const line = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`load server exited with ${code}`)))
    createInterface({ input: child.stdout }).once('line', resolve)
  })
  const { url, pid } = JSON.parse(line) as { url: string; pid: number }
  if (!new URL(url).hostname.startsWith('127.0.0.1')) throw new Error(`load server not on 127.0.0.1: ${url}`)
  return { url, pid, stop: () => new Promise<void>((done) => (child.once('exit', () => done()), child.kill('SIGTERM'))) }
}

const photo = () => {
  const width = 320
  const height = 240
  const data = Buffer.alloc(width * height * 4, 0x80)
  for (let i = 0; i < data.length; i += 4) data[i] = (i / 4) % 256
  return new Uint8Array(jpeg.encode({ data, width, height }, 80).data)
}

/** Half the societies answer for full marks, half for none: the rescoring has something to tell apart. */
const answersOf = (i: number): Answers => Object.fromEntries(items.map((item) => [item.id, (i % 2 ? worstAnswer : bestAnswer)(item)]))

export default async function run(): Promise<Figure[]> {
  const server = await startServer()
  const samples: Samples = new Map()
  const image = photo()
  try {
    const admin = new Session(server.url, samples)
    await admin.login('dev-admin')
    const codes: string[] = []
    for (let i = 0; i < SOCIETIES; i++) {
      const { bindingCode } = await admin.call('admin.registerSociety', { name: `负载学会${String(i).padStart(4, '0')}`, contact: '0991-0000000' })
      codes.push(bindingCode)
    }
    const photos: string[] = []
    // The largest answer (its data, as JSON) of each write action: the 38th save answers over a full form.
    const answerBytes = new Map<string, number>()
    const answered = <T>(action: string, data: T): T => {
      answerBytes.set(action, Math.max(answerBytes.get(action) ?? 0, Buffer.byteLength(JSON.stringify(data))))
      return data
    }

    // The trivial floor, at the same concurrency.
    const idle = new Session(server.url, samples)
    await idle.login('dev-admin')
    const trivialCpu = cpuMs(server.pid)
    const trivialStart = performance.now()
    await pool(TRIVIAL_CALLS, WIDTH, () => idle.call('account.whoami').then(() => undefined))
    const trivialMs = performance.now() - trivialStart
    const trivialCpuPerCall = (cpuMs(server.pid) - trivialCpu) / TRIVIAL_CALLS

    const fillStart = performance.now()
    const fillCpu = cpuMs(server.pid)
    await pool(SOCIETIES, WIDTH, async (i) => {
      const filler = new Session(server.url, samples)
      await filler.login(`dev-load-${i}`)
      const { society } = await filler.call('account.bind', { bindingCode: codes[i], name: '张填报', phone: '13800138000' })
      let { version } = await filler.call<SubmissionView>('submission.get', { year: YEAR })
      const answers = answersOf(i)
      for (const item of items) {
        ;({ version } = answered('submission.saveAnswers', await filler.call<{ version: number }>('submission.saveAnswers', { year: YEAR, baseVersion: version, patch: { [item.id]: answers[item.id] } })))
      }
      const itemId = items[0]!.id
      const { fileId } = await filler.upload(`evidence/${society.id}/${YEAR}/${itemId}/load-${i}.jpg`, image)
      answered('submission.addPhoto', await filler.call('submission.addPhoto', { year: YEAR, itemId, fileId }))
      photos[i] = fileId
      answered('submission.submit', await filler.call('submission.submit', { year: YEAR }))
    })
    const fillMs = performance.now() - fillStart
    const saves = samples.get('submission.saveAnswers')?.length ?? 0
    const fillCpuPerSave = (cpuMs(server.pid) - fillCpu) / saves // upper bound: the phase's other calls count too

    const reviewer = new Session(server.url, samples)
    await reviewer.login('dev-reviewer')
    const ids: string[] = []
    for (let page = 1; ; page++) {
      const list = await reviewer.call('review.list', { year: YEAR, status: 'submitted', sort: 'name', page, pageSize: 50 })
      ids.push(...(list.rows as { id: string }[]).map((r) => r.id))
      if (page * 50 >= list.total || page > SOCIETIES) break
    }
    const reviewStart = performance.now()
    await pool(ids.length, WIDTH, (k) => reviewer.call('review.finalize', { submissionId: ids[k] }).then(() => undefined))
    const reviewMs = performance.now() - reviewStart

    // Read back: every society's answers, photo and scores, rescored here.
    let lost = 0
    let wrong = 0
    await pool(SOCIETIES, WIDTH, async (i) => {
      const filler = new Session(new URL(server.url).href, new Map())
      await filler.login(`dev-load-${i}`)
      const view = await filler.call<SubmissionView>('submission.get', { year: YEAR })
      const expected = scoreAnswers(rubric, answersOf(i))
      const stored = Object.keys(view.answers).length
      if (stored !== items.length) lost += items.length - stored
      const photosOk = JSON.stringify(Object.values(view.evidence).flat()) === JSON.stringify([photos[i]])
      const rescored = scoreAnswers(rubric, view.answers).total
      if (!photosOk || view.status !== 'reviewed' || rescored !== expected.total || view.selfScore.total !== expected.total || view.finalScore?.total !== expected.total) wrong++
    })
    const duplicated = ids.length - new Set(ids).size

    const rows: FigureInput[] = []
    const trivial = timing(Float64Array.from(samples.get('account.whoami')!), trivialMs)
    const floorOf = (value: number) => ({ name: 'account.whoami', value })
    for (const action of ['submission.saveAnswers', 'submission.addPhoto', 'upload', 'submission.submit', 'account.bind', 'review.list', 'review.finalize']) {
      const t = timing(Float64Array.from(samples.get(action) ?? []), 1)
      console.log(`${action}: ${t.runs} calls, p50 ${t.p50} ms, p95 ${t.p95} ms, p99 ${t.p99} ms, max ${t.max} ms`)
      rows.push({ name: `${action} p50`, value: t.p50, unit: 'ms', floor: floorOf(trivial.p50) })
      rows.push({ name: `${action} p95`, value: t.p95, unit: 'ms', floor: floorOf(trivial.p95) })
      rows.push({ name: `${action} p99`, value: t.p99, unit: 'ms', floor: floorOf(trivial.p99) })
    }
    for (const [action, bytes] of answerBytes) {
      rows.push({ name: `${action} answer, largest (full form)`, value: bytes, unit: 'bytes', budget: { max: 1024, text: '≤ 1 KB' } })
    }
    const fillCalls = [...samples.entries()].filter(([a]) => a !== 'account.whoami' && a !== 'review.list' && a !== 'review.finalize' && a !== 'admin.registerSociety').reduce((n, [, s]) => n + s.length, 0)
    rows.push(
      { name: `fill phase throughput (${SOCIETIES} societies, ${WIDTH} at a time)`, value: Math.round(fillCalls / (fillMs / 1000)), unit: 'calls/s', floor: floorOf(trivial.perSecond) },
      { name: 'finalize throughput', value: Math.round(ids.length / (reviewMs / 1000)), unit: 'calls/s', floor: floorOf(trivial.perSecond) },
      { name: 'server CPU per save (fill phase ÷ saves)', value: +fillCpuPerSave.toFixed(2), unit: 'ms', floor: floorOf(+trivialCpuPerCall.toFixed(2)) },
      { name: 'answers lost', value: lost, unit: 'items', budget: { max: 0, text: '0' } },
      { name: 'societies read back wrong (answers, photo, scores, status)', value: wrong, unit: 'societies', budget: { max: 0, text: '0' } },
      { name: 'submissions listed twice', value: duplicated, unit: 'rows', budget: { max: 0, text: '0' } },
      { name: 'submissions missing from the list', value: SOCIETIES - new Set(ids).size, unit: 'rows', budget: { max: 0, text: '0' } },
    )
    return figures('load', rows)
  } finally {
    await server.stop()
  }
}
