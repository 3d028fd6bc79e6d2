import * as z from 'zod/mini'

// Mini-programs forbid `new Function`; zod must be told before the first schema is built.
// Every shared schema imports `z` from here, never from 'zod/mini' directly.
z.config({ jitless: true })

export { z }
