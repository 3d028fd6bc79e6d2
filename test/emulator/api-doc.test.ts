import { readFileSync } from 'node:fs'
import { API_DOC, withGeneratedSection } from '../../scripts/api-doc/api-doc-file'
import { ACTION_NAMES } from '../../src/shared'

describe('docs/api.md', () => {
  const doc = readFileSync(API_DOC, 'utf8')

  test('is up to date with the contract (run npm run docs:api)', () => {
    expect(withGeneratedSection(doc)).toBe(doc)
  })

  test('documents every action', () => {
    for (const name of ACTION_NAMES) expect(doc).toContain(`### \`${name}\``)
  })
})
