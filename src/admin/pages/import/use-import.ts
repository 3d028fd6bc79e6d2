import { useState } from 'react'
import { MAX_IMPORT_ROWS, parsePastedLines, type ActionOutput, type ImportRow } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { errorText } from '../../components/field-check'
import { pickImportFile } from '../../services/pick-import-file'

export type Preview = ActionOutput<'admin.importSocieties'> & { source: string; rows: ImportRow[]; ignoredColumns: string[] }

/** The import's steps: rows from a file or pasted lines → a preview (nothing written) → the import itself. */
export function useImport() {
  const [preview, setPreview] = useState<Preview | null>(null)
  const [busy, setBusy] = useState<null | 'reading' | 'importing'>(null)
  const [error, setError] = useState<string | null>(null)

  const previewRows = async (source: string, rows: ImportRow[], ignoredColumns: string[]) => {
    if (rows.length === 0) throw new Error('没有读到任何学会：请检查名单')
    if (rows.length > MAX_IMPORT_ROWS) throw new Error(`共 ${rows.length} 行，一次最多导入 ${MAX_IMPORT_ROWS} 行，请分批导入`)
    const result = await callAction('admin.importSocieties', { rows, dryRun: true })
    setPreview({ ...result, source, rows, ignoredColumns })
  }

  const run = async (step: () => Promise<void>) => {
    setBusy('reading')
    setError(null)
    try {
      await step()
    } catch (e) {
      setError(errorText(e, '读取失败，请重试'))
    } finally {
      setBusy(null)
    }
  }

  const fromFile = () =>
    run(async () => {
      const picked = await pickImportFile()
      if (!picked) return
      const read = await callAction('admin.readImportFile', picked)
      await previewRows(`文件“${picked.fileName}”`, read.rows, read.ignoredColumns)
    })

  const fromPaste = (text: string) =>
    run(async () => {
      const read = parsePastedLines(text)
      if ('error' in read) throw new Error(read.error)
      await previewRows('粘贴的名单', read.rows, [])
    })

  /** Imports what the preview showed; the server checks every row again. */
  const confirm = async () => {
    if (!preview) return null
    setBusy('importing')
    setError(null)
    try {
      return await callAction('admin.importSocieties', { rows: preview.rows })
    } catch (e) {
      setError(errorText(e, '导入失败，请重试'))
      return null
    } finally {
      setBusy(null)
    }
  }

  return { preview, busy, error, fromFile, fromPaste, confirm, reset: () => (setPreview(null), setError(null)) }
}
