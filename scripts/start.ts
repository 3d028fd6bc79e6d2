/**
 * `npm start`: builds the H5 app when `dist/h5/` is missing or older than its sources, then runs the local
 * emulator (see emulator/cli.ts for its environment variables).
 */
import { runEmulatorCli } from '../emulator/cli'
import { buildH5IfStale } from './h5-build'

try {
  buildH5IfStale()
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
runEmulatorCli()
