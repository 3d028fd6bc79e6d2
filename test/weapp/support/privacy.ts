import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { WEAPP_DIR } from './build'
import type { RenderedPage } from './simulator'

type Resolve = (answer: { event: string; buttonId?: string }) => void
type Listener = (resolve: Resolve, info: { referrer: string }) => void
type WxObject = Record<string, unknown>

/** The privacy APIs the app calls; WeChat holds each until the user agrees to the 隐私保护指引. */
const PRIVACY_APIS = ['chooseMedia', 'chooseMessageFile', 'setClipboardData'] as const

/**
 * WeChat's privacy authorization (base library ≥ 2.32.3) over the layer's `wx`: `onNeedPrivacyAuthorization`
 * keeps the app's listener; a privacy API called before the user agreed calls it and waits for `resolve`. On
 * `{ event: 'agree', buttonId }` — accepted only when that button (open-type agreePrivacyAuthorization) was
 * tapped, as the base library checks — the call goes on; on `disagree` it fails with errno 104.
 */
export class WeChatPrivacy {
  listener: Listener | null = null
  agreed = false
  /** Each answer the app resolved with, in order. */
  readonly answers: { event: string; buttonId?: string }[] = []
  /** The APIs WeChat held for an answer, in order. */
  readonly held: string[] = []
  openedGuide = 0
  private tappedAgreeButtons = new Set<string>()

  /** Call before openMiniProgram(): the APIs Taro reads from `wx` when the app starts. */
  installOn(wx: WxObject): void {
    wx.onNeedPrivacyAuthorization = (listener: Listener) => void (this.listener = listener)
    wx.openPrivacyContract = () => void (this.openedGuide += 1)
  }

  /** Call after openMiniProgram(), on the `wx` the app reads: holds the privacy APIs until the user answers. */
  gate(wx: WxObject): void {
    for (const api of PRIVACY_APIS) {
      const original = wx[api] as (options: Record<string, unknown>) => unknown
      wx[api] = (options: Record<string, unknown> = {}) => {
        if (this.agreed) return original(options)
        if (!this.listener) throw new Error(`${api} called with no onNeedPrivacyAuthorization listener: WeChat would show its own popup`)
        this.held.push(api)
        const listener = this.listener
        // Like WeChat's: callbacks when given, else a promise (Taro awaits the promise).
        return new Promise((resolve, reject) => {
          listener((answer) => {
            this.answers.push(answer)
            if (answer.event === 'agree' && answer.buttonId && this.tappedAgreeButtons.has(answer.buttonId)) {
              this.agreed = true
              return resolve(original(options))
            }
            const refused = { errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 }
            const fail = options.fail as ((e: unknown) => void) | undefined
            if (!fail) return reject(refused)
            fail(refused)
            ;(options.complete as ((e: unknown) => void) | undefined)?.(refused)
            resolve(undefined)
          }, { referrer: '' })
        })
      }
    }
  }

  /**
   * Taps the page's agree button as WeChat does: the tap, then (open-type agreePrivacyAuthorization) its
   * agreeprivacyauthorization event. Answers the button's id and open-type as rendered.
   */
  async tapAgree(page: RenderedPage, label: string): Promise<{ id: string; openType: unknown }> {
    const button = page.all('wx-button').find((b) => (b.textContent ?? '').trim() === label)
    if (!button) throw new Error(`${page.route}: no button “${label}”; the page shows: ${page.text().slice(0, 400)}`)
    const element = (button as unknown as { __wxElement: WxElement }).__wxElement
    const id = String(element.__id ?? '')
    const openType = openTypeOf(element, button.getAttribute('data-sid'))
    if (openType === 'agreePrivacyAuthorization') this.tappedAgreeButtons.add(id)
    const exparser = require('miniprogram-exparser') as {
      Event: { create(name: string, detail: unknown, options: object): unknown; dispatchEvent(target: unknown, event: unknown): void }
    }
    for (const name of ['tap', 'agreeprivacyauthorization']) {
      const event = exparser.Event.create(name, {}, { bubbles: true, composed: true, extraFields: { touches: [], changedTouches: [] } })
      exparser.Event.dispatchEvent(element, event)
    }
    await page.idle()
    return { id, openType }
  }
}

/** Before the mini-program starts: miniprogram-simulate's `wx` (it replaces the global when first required). */
export function simulatedWx(): WxObject {
  const jsdomWindow = window as unknown as { Event: unknown; CustomEvent: unknown }
  Object.assign(globalThis, { Event: jsdomWindow.Event, CustomEvent: jsdomWindow.CustomEvent })
  require('miniprogram-simulate')
  return (globalThis as unknown as { wx: WxObject }).wx
}

interface WxElement {
  __id?: string
  ownerShadowRoot?: { __wxHost?: { data?: unknown } }
}

/**
 * The open-type a rendered Taro button has, read as wcc renders it: base.wxml binds the button's `open-type` to
 * one field of the node's data (`open-type="{{i.p11}}"`); the node is found in the page's data by its sid.
 */
function openTypeOf(element: WxElement, sid: string | null): unknown {
  const template = readFileSync(join(WEAPP_DIR, 'base.wxml'), 'utf8')
  const field = /<button [^>]*open-type="\{\{i\.(\w+)\}\}"/.exec(template)?.[1]
  if (!field || !sid) return undefined
  const find = (node: unknown): Record<string, unknown> | undefined => {
    if (!node || typeof node !== 'object') return undefined
    if ((node as Record<string, unknown>).sid === sid) return node as Record<string, unknown>
    for (const child of Object.values(node)) {
      const found = find(child)
      if (found) return found
    }
    return undefined
  }
  return find(element.ownerShadowRoot?.__wxHost?.data)?.[field]
}
