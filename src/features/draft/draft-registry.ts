import Taro from '@tarojs/taro'
import { callAction } from '../../services/cloud'
import { DraftStore } from './draft-store'
import type { SyncStorage } from './local-copy'
import { onReconnect } from './network-watch'

const taroStorage: SyncStorage = {
  get: (key) => Taro.getStorageSync(key),
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
}

const stores = new Map<number, DraftStore>()

/** The one draft store of a year, shared by every page of the app. */
export function draftStoreFor(year: number): DraftStore {
  let store = stores.get(year)
  if (!store) {
    store = new DraftStore({ year, call: callAction, storage: taroStorage, onReconnect })
    stores.set(year, store)
  }
  return store
}
