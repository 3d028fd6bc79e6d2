import type { PropsWithChildren } from 'react'
import Taro, { usePageNotFound } from '@tarojs/taro'
import { currentPageUrl, routes } from './shared/routes'
import { initCloud } from './services/cloud'
import { watchRoleChanges } from './features/account/role-watch'
import './app.scss'
import './styles/modal-look'

// At module load, before any page (even one opened straight from a notification) calls an action.
initCloud()
// A reviewer removed or a filler unbound while the app is open is sent to their new start, not left on a refusal.
watchRoleChanges()

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
