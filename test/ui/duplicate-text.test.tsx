import { duplicateFlag } from '../../src/components/evidence-photos/duplicate-text'
import type { DuplicateUse } from '../../src/shared'

const inForm = (itemId: string, fileId: string): DuplicateUse =>
  ({ itemId, fileId, submissionId: 's1', sameSubmission: true, societyName: '', exact: false })
const elsewhere = (societyName: string, itemId: string, fileId: string): DuplicateUse =>
  ({ itemId, fileId, submissionId: 's2', sameSubmission: false, societyName, exact: false })

describe('the duplicate flag under a photo', () => {
  it('names each place once, with the count when several of its photos match', () => {
    const uses = [
      inForm('B6.3', 'a'),
      inForm('B6.3', 'b'),
      inForm('B6.3', 'c'),
      inForm('B1.3', 'd'),
      elsewhere('自治区农学会', 'B3.1', 'e'),
      elsewhere('自治区农学会', 'B3.1', 'f'),
    ]
    expect(duplicateFlag(uses, 'B2.1')).toBe('同一张照片也用于 B6.3（本表，3张）、B1.3（本表）、自治区农学会 B3.1（2张）')
  })

  it('keeps a single place as it was', () => {
    expect(duplicateFlag([inForm('B2.1', 'a'), elsewhere('自治区农学会', 'B3.1', 'e')], 'B1.3')).toBe('同一张照片也用于 B2.1（本表）、自治区农学会 B3.1')
  })
})
