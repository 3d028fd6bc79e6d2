/**
 * Writes the generated part of docs/api.md (every action of the contract) between its markers:
 *   npm run docs:api            rewrite it
 *   npm run docs:api -- --check exit 1 when docs/api.md is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { API_DOC, withGeneratedSection } from './api-doc/api-doc-file'

const current = readFileSync(API_DOC, 'utf8')
const next = withGeneratedSection(current)
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error(`${resolve(API_DOC)} 已过期，请运行 npm run docs:api`)
    process.exit(1)
  }
} else if (next !== current) {
  writeFileSync(API_DOC, next)
  console.log(`已更新 ${API_DOC}`)
} else {
  console.log(`${API_DOC} 已是最新`)
}
