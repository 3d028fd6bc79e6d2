import { getRubric, rubricItems } from '../../src/shared'
import { answersFor, bestAnswer } from '../shared/answer-builders'
import type { Client } from './harness'

/** The whole 2022 form answered for full marks, as one patch. */
export const fullPatch = () => answersFor(rubricItems(getRubric(2022)), bestAnswer)

/** The filler saves `patch` on their society's 2022 draft; answers the saved submission as read back. */
export async function saveAnswers(filler: Client, patch: Record<string, unknown>) {
  const draft = await filler.ok('submission.get', { year: 2022 })
  const saved = await filler.ok('submission.saveAnswers', { year: 2022, baseVersion: draft.version, patch })
  const stored = await filler.ok('submission.get', { year: 2022 })
  if (stored.version !== saved.version) throw new Error(`saved at version ${saved.version}, read back ${stored.version}`)
  return stored
}

/** The filler fills in the whole form and submits it; answers the submission's id. */
export async function fillAndSubmit(filler: Client): Promise<string> {
  await saveAnswers(filler, fullPatch())
  const submitted = await filler.ok('submission.submit', { year: 2022 })
  return submitted.id as string
}
