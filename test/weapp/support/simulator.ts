/**
 * The compiled mini-program (dist/weapp) run in jsdom by miniprogram-simulate, its WXML compiled by WeChat's own
 * wcc (npm `miniprogram-compiler`), against the layer's one emulator. How a test uses it:
 *
 *   const phone = openMiniProgram()                 // once per test file: app.js launched with a recorded `wx`
 *   await phone.as(FILLER_OPENID)                    // who holds the phone (a dev-login session)
 *   const page = await phone.open('filler/item/index', { id: 'B2.1', year: '2022' })
 *   await page.waitForText('完成年检并合格')          // the page's text, as rendered from base.wxml
 *   await page.tap('基本合格')                        // a tap on the innermost node showing that text
 *   phone.wx.callsTo('cloud.callFunction')           // what the app asked of WeChat (see wx.ts)
 *   expect(page.problems).toEqual([])               // console errors/warnings, e.g. a missing template
 *   page.close()
 *   const again = phone.restart()                   // a cold start: fresh app.js, same storage and session
 *
 * The build and the emulator come from global-setup.ts (jest project `weapp`); a page is loaded once per test
 * file and rendered anew at each `open`.
 */
import { join } from 'node:path'
import { WEAPP_DIR } from './build'
import { loginAs } from './emulator-client'
import { RecordedWx } from './wx'

type Query = Record<string, string>
interface PageInstance {
  route: string
  options: Query
  onLoad?(query: Query): void
  onShow?(): void
  onReady?(): void
  onHide?(): void
  onUnload?(): void
}
interface SimulatedComponent {
  dom: HTMLElement
  attach(parent: Element): void
  detach(): void
}
interface Simulate {
  load(path: string, options: { rootPath: string }): string
  render(id: string): SimulatedComponent
}
interface Exparser {
  Event: { create(name: string, detail: unknown, options: object): unknown; dispatchEvent(target: unknown, event: unknown): void }
}

export interface RenderedPage {
  readonly route: string
  /** What went wrong since this page opened: console errors and warnings (missing templates, caught render errors). */
  readonly problems: string[]
  /** The page's visible text (whitespace collapsed). */
  text(): string
  /** Waits until the text shows `expected`; fails naming what the page shows instead. */
  waitForText(expected: string | RegExp, timeoutMs?: number): Promise<void>
  /** Waits until no `wx` call is pending and the page has settled. */
  idle(): Promise<void>
  /**
   * Dispatches a tap on the innermost rendered node whose text is (or, failing that, contains) `text`; with
   * `within`, only inside the smallest block that also shows that text (e.g. one society's row).
   */
  tap(text: string | RegExp, within?: string): Promise<void>
  /** Types `value` into the n-th input or textarea of the page (in document order), as WeChat's `input` event does. */
  type(index: number, value: string): Promise<void>
  /** The rendered elements a CSS selector finds, e.g. `wx-input`, `wx-image`. */
  all(tag: string): HTMLElement[]
  close(): void
}

export interface MiniProgram {
  readonly wx: RecordedWx
  /** Logs in as `openid` (the emulator's dev login): later `cloud.callFunction`s carry its cookie. */
  as(openid: string): Promise<void>
  open(route: string, query?: Query): Promise<RenderedPage>
  /**
   * A cold start, as after WeChat dropped the app from memory: app.js runs afresh (no page or module state
   * survives); the storage, the session and the recorded calls stay. Answers the new mini-program.
   */
  restart(): MiniProgram
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

let phone: MiniProgram | null = null

/** The mini-program, launched once in this test file's jsdom. */
export function openMiniProgram(): MiniProgram {
  phone ??= launch(new RecordedWx())
  return phone
}

const problems: string[] = []

function launch(wx: RecordedWx): MiniProgram {
  const jsdomWindow = window as unknown as { Event: unknown; CustomEvent: unknown }
  Object.assign(globalThis, { Event: jsdomWindow.Event, CustomEvent: jsdomWindow.CustomEvent })
  const scope = globalThis as Record<string, unknown>
  // The build's webpack runtime keeps its chunks on wx.webpackJsonp: a fresh start begins without them.
  if (scope.wx) delete (scope.wx as Record<string, unknown>).webpackJsonp
  const simulate = require('miniprogram-simulate') as Simulate
  const exparser = require('miniprogram-exparser') as Exparser
  Object.assign(scope.wx as object, wx.build())
  if (!phone) watchConsole(problems)
  const stack: PageInstance[] = []
  let app: { onLaunch?(options: object): void; onShow?(options: object): void } = {}
  let loading: { route: string; query: Query } | null = null
  scope.App = (config: typeof app) => (app = config)
  scope.getApp = () => app
  scope.getCurrentPages = () => [...stack]
  scope.Page = (config: Record<string, unknown>) => definePage(scope, config, stack, () => loading!)

  require(join(WEAPP_DIR, 'app.js'))
  app.onLaunch?.({ path: 'pages/home/index', query: {}, scene: 1001 })
  app.onShow?.({ path: 'pages/home/index', query: {}, scene: 1001 })

  const loaded = new Map<string, string>()
  return {
    wx,
    async as(openid) {
      wx.cookie = await loginAs(openid)
    },
    async open(route, query = {}) {
      problems.length = 0
      loading = { route, query }
      let id = loaded.get(route)
      if (!id) {
        id = simulate.load(join(WEAPP_DIR, route), { rootPath: WEAPP_DIR })
        loaded.set(route, id)
      }
      const component = simulate.render(id)
      component.attach(document.createElement('parent-wrapper'))
      const page = renderedPage(route, component, wx, exparser, problems)
      await page.idle()
      return page
    },
    restart() {
      jest.resetModules()
      // The calls the dropped app was waiting on are gone with it (an upload held forever by a test).
      wx.pending = 0
      phone = launch(wx)
      return phone
    },
  }
}

/** A Taro page config as WeChat's Page() takes it, registered as the component miniprogram-simulate renders. */
function definePage(scope: Record<string, unknown>, config: Record<string, unknown>, stack: PageInstance[], loading: () => { route: string; query: Query }) {
  const methods = Object.fromEntries(Object.entries(config).filter(([, value]) => typeof value === 'function'))
  const fields = Object.fromEntries(Object.entries(config).filter(([key, value]) => typeof value !== 'function' && key !== 'data'))
  ;(scope.Component as (definition: object) => void)({
    data: config.data,
    methods,
    lifetimes: {
      attached(this: PageInstance) {
        // The route and query of this `open` (a page is defined once and rendered at every open).
        const { route, query } = loading()
        Object.assign(this, fields, { route, __route__: route, options: query })
        stack.push(this)
        this.onLoad?.(query)
        this.onShow?.()
      },
      ready(this: PageInstance) {
        this.onReady?.()
      },
      detached(this: PageInstance) {
        this.onUnload?.()
        stack.splice(stack.indexOf(this), 1)
      },
    },
  })
}

/**
 * Console errors and warnings (wcc's "Template … not found" among them, React's caught render errors too).
 * Uncaught errors and unhandled rejections need no watch here: jest-circus fails the running test on them.
 */
function watchConsole(problems: string[]): void {
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console)
    console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' ')}`)
      original(...args)
    }
  }
}

function renderedPage(route: string, component: SimulatedComponent, wx: RecordedWx, exparser: Exparser, problems: string[]): RenderedPage {
  const root = component.dom
  const dispatch = (element: Element, name: string, detail: unknown) => {
    const target = (element as unknown as { __wxElement?: unknown }).__wxElement
    if (!target) throw new Error(`${route}: the node has no exparser element to dispatch ${name} on`)
    const event = exparser.Event.create(name, detail, { bubbles: true, composed: true, extraFields: { touches: [], changedTouches: [] } })
    wx.inTap = name === 'tap'
    try {
      exparser.Event.dispatchEvent(target, event)
    } finally {
      wx.inTap = false
    }
  }
  const page: RenderedPage = {
    route,
    problems,
    text: () => collapse(root.textContent ?? ''),
    async waitForText(expected, timeoutMs = 10_000) {
      const matches = () => (typeof expected === 'string' ? page.text().includes(expected) : expected.test(page.text()))
      for (const start = Date.now(); !matches(); await sleep(20)) {
        if (Date.now() - start > timeoutMs) throw new Error(`${route}: waited for "${String(expected)}"; the page shows: ${page.text().slice(0, 600)}`)
      }
    },
    async idle() {
      let quiet = 0
      for (const start = Date.now(); quiet < 3 && Date.now() - start < 10_000; await sleep(30)) quiet = wx.pending === 0 ? quiet + 1 : 0
    },
    async tap(text, within) {
      const scope = within ? smallestBlock(root, within, text) : root
      const node = scope && innermostWithText(scope, text)
      if (!node) throw new Error(`${route}: nothing to tap shows "${String(text)}"; the page shows: ${page.text().slice(0, 600)}`)
      dispatch(node, 'tap', { x: 0, y: 0 })
      await page.idle()
    },
    async type(index, value) {
      const field = page.all('wx-input, wx-textarea')[index]
      if (!field) throw new Error(`${route}: there is no input #${index}`)
      dispatch(field, 'input', { value, cursor: value.length, keyCode: 0 })
      await page.idle()
    },
    all: (tag) => [...root.querySelectorAll<HTMLElement>(tag)],
    close: () => component.detach(),
  }
  return page
}

/** The smallest element that shows `within` and has a node showing `text`. */
function smallestBlock(root: HTMLElement, within: string, text: string | RegExp): HTMLElement | null {
  const blocks = [...root.querySelectorAll<HTMLElement>('*')].filter(
    (e) => collapse(e.textContent ?? '').includes(within) && innermostWithText(e, text) !== null,
  )
  return blocks.find((block) => !blocks.some((other) => other !== block && block.contains(other))) ?? null
}

function innermostWithText(root: HTMLElement, text: string | RegExp): Element | null {
  const shows = (element: Element, exact: boolean) => {
    const own = collapse(element.textContent ?? '')
    if (typeof text !== 'string') return text.test(own)
    return exact ? own === text : own.includes(text)
  }
  const candidates = [...root.querySelectorAll('*')]
  const innermost = (exact: boolean) => candidates.filter((e) => shows(e, exact) && ![...e.children].some((c) => shows(c, exact))).at(0)
  return innermost(true) ?? innermost(false) ?? null
}
