import type { PropsWithChildren } from 'react'
import { initCloud } from './services/cloud'
import './app.scss'

// At module load, before any page (even one opened straight from a notification) calls an action.
initCloud()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
