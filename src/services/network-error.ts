/**
 * The request never got an answer (offline, timeout). The message says only that: what happens next is the
 * caller's to say (the draft store keeps edits on the phone and shows 离线，已存本机 itself).
 */
export class NetworkError extends Error {
  constructor(message = '网络不可用，请检查网络后重试') {
    super(message)
    this.name = 'NetworkError'
  }
}
