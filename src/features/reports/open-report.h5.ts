import type { ReportFile } from '../../shared'

/** H5: the browser downloads the report under its own name (the emulator serves it to this session only). */
export async function openReport(file: ReportFile): Promise<string | null> {
  const link = document.createElement('a')
  link.href = file.url
  link.download = file.fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  return `已开始下载 ${file.fileName}`
}
