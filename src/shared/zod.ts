import { config } from 'zod/mini'

// Mini-programs forbid `new Function`; zod must be told before the first schema is built.
// Every schema imports zod as `import * as z from '…/shared/zod'`, never from 'zod/mini' directly:
// that runs this first, and the namespace import lets bundlers drop the parts of zod not used
// (re-exporting one `z` object kept all of zod and its locales in every bundle: ~420 KB against ~12 KB).
config({ jitless: true })

export * from 'zod/mini'
