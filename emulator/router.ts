import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EmulatorApp } from './app'
import { discardBody, rawPath, sendError } from './http'
import { apiCall } from './routes/api-call'
import { devIdentities, devLogin, devLogout, devOutbox } from './routes/dev'
import { devRunTimers } from './routes/dev-timers'
import { serveFile } from './routes/files'
import { serveReport } from './routes/reports'
import type { Route } from './routes/route'
import { serveStatic } from './routes/static'
import { upload } from './routes/upload'
import { uploadImport } from './routes/upload-import'

/** The emulator's endpoints: method and path → route. Anything else is the H5 build's static files. */
const API: Record<string, Partial<Record<string, Route>>> = {
  '/api/call': { POST: apiCall },
  '/api/upload': { POST: upload },
  '/api/upload-import': { POST: uploadImport },
  '/api/dev/identities': { GET: devIdentities },
  '/api/dev/login': { POST: devLogin },
  '/api/dev/logout': { POST: devLogout },
  '/api/dev/outbox': { GET: devOutbox },
  '/api/dev/run-timers': { POST: devRunTimers },
}

const READ_METHODS = ['GET', 'HEAD']

function pick(method: string, path: string): Route | { status: number; message: string } {
  const api = API[path]
  if (api) return api[method] ?? { status: 405, message: `${path} 不支持 ${method} 请求` }
  if (path.startsWith('/api/')) return { status: 404, message: '没有这个接口' }
  if (!READ_METHODS.includes(method)) return { status: 405, message: `不支持 ${method} 请求` }
  if (path.startsWith('/reports/')) return serveReport
  return path.startsWith('/files/') ? serveFile : serveStatic
}

export async function route(req: IncomingMessage, res: ServerResponse, app: EmulatorApp): Promise<void> {
  const picked = pick(req.method ?? 'GET', rawPath(req))
  if (typeof picked === 'function') return picked(req, res, app)
  await discardBody(req)
  sendError(res, picked.status, picked.status === 405 ? 'INVALID_INPUT' : 'NOT_FOUND', picked.message)
}
