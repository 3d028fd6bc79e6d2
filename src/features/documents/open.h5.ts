/** Browser: opens the document in a new tab (PDFs show in the browser's viewer, Office files download). */
export async function openDocument(url: string): Promise<void> {
  const opened = window.open(url, '_blank')
  if (!opened) throw new Error('浏览器阻止了新窗口，请允许弹出窗口后重试')
  opened.opener = null
}
