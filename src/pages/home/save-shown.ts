import type { SaveState } from '../../features/draft'

interface DraftGlance {
  answers: Readonly<Record<string, unknown>>
  evidence: Readonly<Record<string, readonly unknown[]>>
  saveState: SaveState
}

/** Whether home says how saving goes: not on a form nobody has touched (已保存 there would claim a save that never was). */
export const showsSaveState = ({ answers, evidence, saveState }: DraftGlance): boolean =>
  saveState !== 'saved' || Object.keys(answers).length > 0 || Object.values(evidence).some((files) => files.length > 0)
