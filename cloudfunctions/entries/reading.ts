import { createEntry } from '../adapters/wx/entry'
import { readOnTimer } from '../core/reading/read-on-timer'
import { createTesseractReader } from '../core/reading/tesseract-reader'

/** Cloud function `reading`: on its timer, reads the queued evidence photos (issue 23). It serves no action. */
export const main = createEntry('reading', { onTimer: (ctx) => readOnTimer(ctx, createTesseractReader) })
