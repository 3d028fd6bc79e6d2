import { ActionError, scoreAnswers, getRubric, type Answers, type ItemAnswer, type SubmissionStatus, type SubmissionView } from '../../../src/shared'
import { NetworkError } from '../../../src/services/network-error'
import type { CallAction } from '../../../src/features/draft'

/** A submission.get / submission.saveAnswers server in memory, with the per-item merge rule of the contract. */
export class FakeServer {
  version = 1
  status: SubmissionStatus = 'draft'
  answers: Answers = {}
  itemVersions: Record<string, number> = {}
  offline = false
  societyId = 'soc-1'
  readonly saves: { baseVersion: number; patch: Record<string, unknown> }[] = []

  view(): SubmissionView {
    return {
      id: 'sub-1',
      societyId: this.societyId,
      societyName: '自治区测试学会',
      year: 2022,
      status: this.status,
      version: this.version,
      answers: JSON.parse(JSON.stringify(this.answers)),
      itemVersions: { ...this.itemVersions },
      evidence: {},
      selfScore: scoreAnswers(getRubric(2022), this.answers),
      filler: null,
      returnReasons: null,
      review: null,
      finalScore: null,
      submittedAt: null,
      updatedAt: '2022-12-01T00:00:00.000Z',
      history: [],
    }
  }

  /** Another phone of the same society saves an item. */
  saveFromOtherDevice(itemId: string, answer: ItemAnswer): void {
    this.version += 1
    this.answers[itemId] = answer
    this.itemVersions[itemId] = this.version
  }

  readonly call: CallAction = async (action, input) => {
    await Promise.resolve()
    if (this.offline) throw new NetworkError()
    if (action === 'submission.get') return this.view() as never
    const { baseVersion, patch } = input as { baseVersion: number; patch: Record<string, ItemAnswer | null> }
    this.saves.push({ baseVersion, patch: JSON.parse(JSON.stringify(patch)) })
    if (this.status !== 'draft' && this.status !== 'returned') throw new ActionError('INVALID_STATE')
    const conflicts = Object.keys(patch)
      .filter((itemId) => (this.itemVersions[itemId] ?? 0) > baseVersion)
      .map((itemId) => ({ itemId, server: this.answers[itemId] ?? null }))
    if (conflicts.length > 0) {
      throw new ActionError('CONFLICT', undefined, { conflicts, version: this.version, itemVersions: this.itemVersions })
    }
    this.version += 1
    for (const [itemId, answer] of Object.entries(patch)) {
      if (answer) this.answers[itemId] = answer
      else delete this.answers[itemId]
      this.itemVersions[itemId] = this.version
    }
    // What changed, as the real server answers a save (issue 25).
    const { total, max, complete, groups, items } = scoreAnswers(getRubric(2022), this.answers)
    const changed = Object.keys(patch)
    const itemScores = Object.fromEntries(changed.map((id) => [id, items[id] ?? 0]))
    return { id: 'sub-1', version: this.version, updatedAt: '2022-12-01T00:00:00.000Z', changed, itemScores, selfScore: { total, max, complete, groups } } as never
  }
}

export class MemoryStorage {
  readonly data = new Map<string, string>()
  get = (key: string): unknown => (this.data.has(key) ? JSON.parse(this.data.get(key) as string) : '')
  set = (key: string, value: unknown): void => void this.data.set(key, JSON.stringify(value))
  remove = (key: string): void => void this.data.delete(key)
}
