/** The request never got an answer (offline, timeout): the caller keeps the change locally and retries later. */
export class NetworkError extends Error {
  constructor(message = '网络不可用，已保存在本机，恢复网络后自动同步') {
    super(message)
    this.name = 'NetworkError'
  }
}
