import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { finished } from 'node:stream/promises'
import type { ReportFiles } from '../cloudfunctions/core/ports'
import { parseReportPath } from '../cloudfunctions/core/reports/report-paths'
import type { LocalFiles } from './local-files'

/** The URL the emulator serves a report at (routes/reports.ts checks who may have it). */
export const reportUrl = (path: string, fileName: string, version: number): string =>
  `/${path}?name=${encodeURIComponent(fileName)}&v=${version}`

/** Reports on disk under `<dataDir>/files/reports/…`, written whole before they replace an older one. */
export function localReportFiles(dataDir: string, evidence: LocalFiles): ReportFiles & { pathOf(path: string): string | null } {
  const root = resolve(dataDir, 'files')
  const pathOf = (path: string) => {
    if (!parseReportPath(path)) return null
    const full = resolve(root, path)
    return full.startsWith(root + sep) ? full : null
  }
  return {
    pathOf,
    async saveReport(path, fileName, write) {
      const full = pathOf(path)
      if (!full) throw new Error(`不是报表的存放位置：${path}`)
      const temp = join(root, '.tmp', randomUUID())
      await mkdir(dirname(temp), { recursive: true })
      await mkdir(dirname(full), { recursive: true })
      try {
        const out = createWriteStream(temp)
        await write(out)
        await finished(out)
        await rename(temp, full)
      } catch (error) {
        await rm(temp, { force: true })
        throw error
      }
      return { fileId: `local:${path}`, url: reportUrl(path, fileName, Date.now()) }
    },
    async readEvidence(fileId) {
      const found = evidence.locate(fileId)
      return found ? evidence.read(found.path) : null
    },
  }
}
