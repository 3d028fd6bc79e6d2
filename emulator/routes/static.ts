import { readFile, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { discardBody, rawPath, sendError } from '../http'
import type { Route } from './route'

/** Serves the H5 build (`dist/h5/`): `/` is index.html; nothing outside the build folder is reachable. */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

/** Files whose names carry a content hash (Taro's js/ and css/ output) never change: cache them for good. */
const isHashed = (path: string) => /\.[0-9a-f]{8,}\.(js|css)$/.test(path)

export const serveStatic: Route = async (req, res, app) => {
  await discardBody(req)
  let path: string
  try {
    path = decodeURIComponent(rawPath(req))
  } catch {
    return sendError(res, 400, 'INVALID_INPUT', '地址不正确')
  }
  if (path.endsWith('/')) path += 'index.html'
  const file = resolve(app.h5Dir, `.${path}`)
  if (path.includes('\0') || !file.startsWith(app.h5Dir + sep)) return sendError(res, 403, 'FORBIDDEN', '不允许访问该路径')
  const found = await stat(file).catch(() => null)
  if (!found?.isFile()) {
    const hint = path === '/index.html' ? '尚未构建 H5 页面，请运行 npm start（会自动构建）或 npm run build:h5' : '没有这个页面'
    return sendError(res, 404, 'NOT_FOUND', hint)
  }
  const bytes = await readFile(file)
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': bytes.length,
    'Cache-Control': isHashed(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(req.method === 'HEAD' ? undefined : bytes)
}
