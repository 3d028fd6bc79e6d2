import { resolve } from 'node:path'
import { renderApiDoc } from './render-api-doc'

export const API_DOC = resolve(__dirname, '../../docs/api.md')

const BEGIN = '<!-- 以下由 `npm run docs:api`'
const END = '<!-- 生成内容结束 -->'

/** docs/api.md with its generated part (from BEGIN to END, or appended) replaced by the current contract. */
export function withGeneratedSection(doc: string): string {
  const begin = doc.indexOf(BEGIN)
  const end = doc.indexOf(END)
  const generated = renderApiDoc()
  if (begin < 0 || end < begin) return `${doc.trimEnd()}\n\n${generated}\n`
  return `${doc.slice(0, begin)}${generated}${doc.slice(end + END.length)}`
}
