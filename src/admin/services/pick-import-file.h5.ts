import { ActionError, MAX_IMPORT_BYTES } from '../../shared'
import { NetworkError } from '../../services/network-error'

export interface PickedFile {
  fileId: string
  fileName: string
}

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'

function chooseFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = ACCEPT
    input.style.display = 'none'
    input.onchange = () => {
      resolve(input.files?.[0] ?? null)
      input.remove()
    }
    input.oncancel = () => {
      resolve(null)
      input.remove()
    }
    document.body.appendChild(input)
    input.click()
  })
}

/** H5: the browser's file picker, then the file to the emulator's import upload; null when nothing was chosen. */
export async function pickImportFile(): Promise<PickedFile | null> {
  const file = await chooseFile()
  if (!file) return null
  if (file.size > MAX_IMPORT_BYTES) throw new ActionError('PAYLOAD_TOO_LARGE', `“${file.name}”超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`)
  let raw: { ok?: boolean; data?: { fileId?: string }; code?: string; message?: string }
  try {
    const response = await fetch('/api/upload-import', { method: 'POST', credentials: 'same-origin', body: file })
    raw = await response.json()
  } catch {
    throw new NetworkError('文件上传失败，请重试')
  }
  if (raw.ok && typeof raw.data?.fileId === 'string') return { fileId: raw.data.fileId, fileName: file.name }
  throw new ActionError('INVALID_INPUT', raw.message ?? '文件上传失败，请重试')
}
