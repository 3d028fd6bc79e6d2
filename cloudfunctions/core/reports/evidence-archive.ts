import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { RECHECK_ADDITION, rubricItems, type Evidence, type Rubric } from '../../../src/shared'
import { setSafe } from './safe-cell'

/** The contents sheet inside every archive. */
export const CONTENTS_NAME = '目录.xlsx'

export interface ArchiveFigures {
  files: number
  missing: number
}

export interface ArchiveSubject {
  year: number
  societyName: string
  evidence: Evidence
  /** What is known of each file: those added for a 复核 are marked in the contents sheet. */
  evidenceFiles?: Readonly<Record<string, { forRecheck?: boolean }>> | null
}

/** `B1.2-1.jpg`: the item and the file's place under it, with the stored file's own extension. */
export function archiveName(itemId: string, index: number, fileId: string): string {
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(fileId)?.[1]?.toLowerCase() ?? 'bin'
  return `${itemId}-${index + 1}.${extension === 'jpeg' ? 'jpg' : extension}`
}

interface ContentsRow {
  name: string
  itemId: string
  indicator: string
  fileId: string
  present: boolean
  forRecheck: boolean
}

async function contentsSheet(subject: ArchiveSubject, rows: readonly ContentsRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('目录')
  sheet.columns = [{ width: 14 }, { width: 8 }, { width: 50 }, { width: 12 }, { width: 60 }]
  setSafe(sheet.getCell('A1'), `${subject.societyName} ${subject.year}年度证明材料目录`)
  sheet.getCell('A1').font = { name: '宋体', size: 14, bold: true }
  sheet.mergeCells('A1:E1')
  sheet.addRow(['文件名', '指标', 'C级指标', '状态', '原文件编号']).font = { name: '宋体', size: 11, bold: true }
  for (const r of rows) {
    const row = sheet.addRow([])
    setSafe(row.getCell(1), r.present ? r.name : '')
    setSafe(row.getCell(2), r.itemId)
    setSafe(row.getCell(3), r.indicator)
    setSafe(row.getCell(4), `${r.present ? '已收入' : '文件缺失'}${r.forRecheck ? `（${RECHECK_ADDITION}）` : ''}`)
    setSafe(row.getCell(5), r.fileId)
    row.font = { name: '宋体', size: 11 }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/**
 * One society's evidence as a .zip, the files named by item in form order, with a contents sheet. Files
 * are read one after another; photos are stored as they are (already compressed), the zip is streamed out.
 */
export async function writeEvidenceArchive(
  out: Writable,
  rubric: Rubric,
  subject: ArchiveSubject,
  read: (fileId: string) => Promise<Buffer | null>,
): Promise<ArchiveFigures> {
  const zip = new JSZip()
  const rows: ContentsRow[] = []
  for (const item of rubricItems(rubric)) {
    const files = subject.evidence[item.id] ?? []
    for (const [index, fileId] of files.entries()) {
      const name = archiveName(item.id, index, fileId)
      const bytes = await read(fileId)
      if (bytes) zip.file(name, bytes)
      rows.push({ name, itemId: item.id, indicator: item.indicator, fileId, present: bytes !== null, forRecheck: subject.evidenceFiles?.[fileId]?.forRecheck === true })
    }
  }
  zip.file(CONTENTS_NAME, await contentsSheet(subject, rows))
  await pipeline(zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'STORE' }), out)
  const files = rows.filter((r) => r.present).length
  return { files, missing: rows.length - files }
}
