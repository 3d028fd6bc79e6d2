import { randomUUID } from 'node:crypto'
import { open, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import QRCode from 'qrcode'
import type { BindQr, UploadReader } from '../cloudfunctions/core/ports'
import { routes } from '../src/shared/routes'
import type { LocalFiles } from './local-files'

/** The H5 bind page with the code filled in, at the address the emulator serves (known once it listens). */
export const bindPageUrl = (origin: string, code: string): string => `${origin.replace(/\/$/, '')}/#${routes.bindWithCode(code)}`

/** In the emulator a card's QR code opens the H5 bind page (production: the mini-program code, wx-admin-ports). */
export function emulatorBindQr(origin: () => string): BindQr {
  return {
    png: (code) => QRCode.toBuffer(bindPageUrl(origin(), code), { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' }),
  }
}

const IMPORT_ID = /^local:imports\/([0-9a-f-]{36})$/

/** Import files under `<dataDir>/files/imports/`, ids `local:imports/<uuid>`; written by POST /api/upload-import. */
export interface LocalImports extends UploadReader {
  save(bytes: Buffer): Promise<string>
}

export function localImports(dataDir: string, files: LocalFiles): LocalImports {
  const folder = resolve(dataDir, 'files', 'imports')
  const pathOf = (fileId: string) => {
    const match = IMPORT_ID.exec(fileId)
    return match ? join(folder, match[1]!) : null
  }
  return {
    async save(bytes) {
      const id = randomUUID()
      await files.write(join(folder, id), bytes)
      return `local:imports/${id}`
    },
    async read(fileId, maxBytes) {
      const path = pathOf(fileId)
      if (!path) return null
      const handle = await open(path, 'r').catch(() => null)
      if (!handle) return null
      try {
        const buffer = Buffer.alloc(maxBytes + 1)
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
        return buffer.subarray(0, bytesRead)
      } finally {
        await handle.close()
      }
    },
    async remove(fileId) {
      const path = pathOf(fileId)
      if (path) await rm(path, { force: true })
    },
  }
}
