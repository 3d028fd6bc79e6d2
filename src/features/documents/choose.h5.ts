import { ACCEPTED_DOCUMENTS, type ChosenDocument } from './chosen'
import { pickFiles } from '../pick-files.h5'

/** Browser: a file input for PDF, Word and Excel files; resolves to object URLs ([] when nothing is picked). */
export async function chooseDocuments(count: number): Promise<ChosenDocument[]> {
  const files = await pickFiles(ACCEPTED_DOCUMENTS, count, 'document-input')
  return files.map((f) => ({ path: URL.createObjectURL(f), name: f.name, size: f.size }))
}
