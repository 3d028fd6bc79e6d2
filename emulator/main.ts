/** CLI entry of the local emulator: `tsx emulator/main.ts` (`npm start` builds the H5 app first). */
import { runEmulatorCli } from './cli'

runEmulatorCli()
