import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EmulatorApp } from '../app'

/** Answers one request; the router has already matched its method and path. */
export type Route = (req: IncomingMessage, res: ServerResponse, app: EmulatorApp) => Promise<void>
