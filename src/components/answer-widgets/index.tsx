import type { ItemAnswer, RubricItem } from '../../shared'
import { ChecksWidget } from './checks-widget'
import { CountWidget } from './count-widget'
import { JudgementWidget } from './judgement-widget'
import { TiersWidget } from './tiers-widget'
import './index.scss'

export { describeAnswer } from './describe-answer'
export { readScore } from './judgement-widget'

export interface AnswerWidgetProps {
  item: RubricItem
  answer: ItemAnswer | undefined
  disabled: boolean
  /** The item's whole answer in the wire format (its remark kept), or null when nothing is left. */
  onChange(answer: ItemAnswer | null): void
}

/** The answer widget of an item's rule kind. */
export function AnswerWidget({ item, answer, disabled, onChange }: AnswerWidgetProps) {
  const set = (field: Partial<ItemAnswer>) => {
    const next: ItemAnswer = { ...answer, ...field }
    for (const key of Object.keys(next) as (keyof ItemAnswer)[]) if (next[key] === undefined) delete next[key]
    onChange(Object.keys(next).length > 0 ? next : null)
  }
  const rule = item.rule
  switch (rule.kind) {
    case 'checks':
      return (
        <ChecksWidget
          conditions={rule.conditions}
          value={answer?.checks}
          disabled={disabled}
          onChange={(checks) => set({ checks })}
        />
      )
    case 'tiers':
      return <TiersWidget tiers={rule.tiers} value={answer?.tier} disabled={disabled} onChange={(tier) => set({ tier })} />
    case 'count':
      return <CountWidget rule={rule} value={answer?.entries} disabled={disabled} onChange={(entries) => set({ entries })} />
    case 'judgement':
      return <JudgementWidget itemId={item.id} max={item.max} value={answer?.score} disabled={disabled} onChange={(score) => set({ score })} />
  }
}
