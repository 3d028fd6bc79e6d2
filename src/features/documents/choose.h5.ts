import { ACCEPTED_DOCUMENTS, type ChosenDocument } from './chosen'

/** Browser: a file input for PDF, Word and Excel files; resolves to object URLs ([] when nothing is picked). */
export function chooseDocuments(count: number): Promise<ChosenDocument[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = ACCEPTED_DOCUMENTS
    input.multiple = count > 1
    input.style.display = 'none'
    input.setAttribute('data-testid', 'document-input')
    const done = (files: File[]) => {
      input.remove()
      resolve(files.slice(0, count).map((f) => ({ path: URL.createObjectURL(f), name: f.name, size: f.size })))
    }
    input.addEventListener('change', () => done(Array.from(input.files ?? [])))
    input.addEventListener('cancel', () => done([]))
    document.body.appendChild(input)
    input.click()
  })
}
