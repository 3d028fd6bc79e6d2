import { rmSync } from 'node:fs'
import { layerState } from './layer-state'

export default async function globalTeardown(): Promise<void> {
  const running = layerState.running
  if (!running) return
  await running.emulator.close()
  rmSync(running.root, { recursive: true, force: true })
}
