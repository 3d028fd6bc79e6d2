import type { PropsWithChildren } from 'react'
import Taro, { usePageNotFound } from '@tarojs/taro'
import { currentPageUrl, routes } from './shared/routes'
import { initCloud } from './services/cloud'
import './app.scss'

// At module load, before any page (even one opened straight from a notification) calls an action.
initCloud()

function App({ children }: PropsWithChildren) {
  // A subscribe message sent before the subpackage split opens a page path that no longer exists.
  usePageNotFound(({ path, query }) => {
    const search = Object.entries(query ?? {})
      .map(([key, value]) => `${key}=${String(value)}`)
      .join('&')
    const moved = currentPageUrl(`${path}${search ? `?${search}` : ''}`)
    void Taro.redirectTo({ url: moved.split('?')[0] === `/${path.replace(/^\//, '')}` ? routes.home() : moved })
  })
  return children
}

export default App
