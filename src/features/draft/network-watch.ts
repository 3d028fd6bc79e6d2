import Taro from '@tarojs/taro'

/** Calls back when the phone's network comes back. */
export function onReconnect(callback: () => void): () => void {
  const listener = (res: { isConnected: boolean }) => {
    if (res.isConnected) callback()
  }
  Taro.onNetworkStatusChange(listener)
  return () => Taro.offNetworkStatusChange?.(listener)
}
