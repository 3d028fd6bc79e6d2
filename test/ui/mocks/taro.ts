/**
 * @tarojs/taro for jsdom tests: storage over a Map, navigation recorders, a settable router and no-op UI calls.
 * Tests reset it with `resetTaroMock()`.
 */
import { useEffect, useRef } from 'react'

type Listener = (res: { isConnected: boolean; networkType: string }) => void

export const storage = new Map<string, unknown>()
export const navigations: { kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'navigateBack'; url?: string }[] = []
export const toasts: string[] = []
/** Each Taro.previewImage call: the photo shown first and the ones a swipe away. */
export const previews: { current: string; urls: string[] }[] = []
export const router = { params: {} as Record<string, string | undefined>, path: '' }
const networkListeners = new Set<Listener>()
const didShowCallbacks = new Set<() => void>()

export function resetTaroMock(): void {
  storage.clear()
  navigations.length = 0
  toasts.length = 0
  previews.length = 0
  router.params = {}
  networkListeners.clear()
}

/** The page comes to the front again (back from another page, or the app from the background). */
export function emitDidShow(): void {
  for (const callback of [...didShowCallbacks]) callback()
}

export function emitNetworkChange(isConnected: boolean): void {
  for (const listener of [...networkListeners]) listener({ isConnected, networkType: isConnected ? 'wifi' : 'none' })
}

/** The listener the app registered with onNeedPrivacyAuthorization (WeChat calls it before a privacy API). */
export const privacy: { listener: ((resolve: (answer: unknown) => void, info: { referrer: string }) => void) | null } = { listener: null }

const copy = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)))

const Taro = {
  ENV_TYPE: { WEAPP: 'WEAPP', WEB: 'WEB' },
  getEnv: () => 'WEB',
  getStorageSync: (key: string) => (storage.has(key) ? copy(storage.get(key)) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, copy(value)),
  removeStorageSync: (key: string) => void storage.delete(key),
  navigateTo: async ({ url }: { url: string }) => void navigations.push({ kind: 'navigateTo', url }),
  redirectTo: async ({ url }: { url: string }) => void navigations.push({ kind: 'redirectTo', url }),
  reLaunch: async ({ url }: { url: string }) => void navigations.push({ kind: 'reLaunch', url }),
  navigateBack: async () => void navigations.push({ kind: 'navigateBack' }),
  showToast: async ({ title }: { title: string }) => void toasts.push(title),
  hideToast: () => undefined,
  previewImage: async (options: { current: string; urls: string[] }) => void previews.push(options),
  showLoading: async () => undefined,
  hideLoading: () => undefined,
  showModal: async () => ({ confirm: true, cancel: false }),
  pageScrollTo: async () => undefined,
  setNavigationBarTitle: async () => undefined,
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  onNetworkStatusChange: (listener: Listener) => void networkListeners.add(listener),
  offNetworkStatusChange: (listener: Listener) => void networkListeners.delete(listener),
  getCurrentInstance: () => ({ router: { params: router.params, path: router.path }, page: {} }),
  getSystemInfoSync: () => ({ windowWidth: 375, windowHeight: 812, screenWidth: 375, pixelRatio: 2, platform: 'devtools' }),
  getWindowInfo: () => ({ windowWidth: 375, windowHeight: 812, screenWidth: 375, pixelRatio: 2 }),
  createSelectorQuery: () => {
    const query = {
      select: () => query,
      selectAll: () => query,
      in: () => query,
      boundingClientRect: () => query,
      scrollOffset: () => query,
      fields: () => query,
      exec: (cb?: (res: unknown[]) => void) => cb?.([]),
    }
    return query
  },
  createIntersectionObserver: () => ({ relativeToViewport: () => ({ observe: () => undefined }), disconnect: () => undefined }),
  pxTransform: (px: number) => `${px}px`,
  useRouter: () => ({ params: router.params, path: router.path }),
  /** As in Taro: the latest callback of a mounted page runs each time the page is shown (emitDidShow). */
  useDidShow: (callback: () => void) => {
    const latest = useRef(callback)
    latest.current = callback
    useEffect(() => {
      const run = () => latest.current()
      didShowCallbacks.add(run)
      return () => void didShowCallbacks.delete(run)
    }, [])
  },
  useDidHide: () => undefined,
  useLoad: () => undefined,
  useReady: () => undefined,
  usePullDownRefresh: () => undefined,
  stopPullDownRefresh: () => undefined,
  onNeedPrivacyAuthorization: (listener: NonNullable<typeof privacy.listener>) => void (privacy.listener = listener),
  openPrivacyContract: () => undefined,
  eventCenter: { on: () => undefined, off: () => undefined, trigger: () => undefined, once: () => undefined },
}

export const { getStorageSync, setStorageSync, removeStorageSync, navigateTo, redirectTo, reLaunch, navigateBack } = Taro
export const { showToast, getCurrentInstance, useRouter, useDidShow, useDidHide, useLoad, useReady, getEnv, ENV_TYPE } = Taro
export const { onNetworkStatusChange, offNetworkStatusChange, nextTick, pxTransform, eventCenter } = Taro
export default Taro
