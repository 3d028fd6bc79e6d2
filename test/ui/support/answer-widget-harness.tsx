import { render } from '@testing-library/react'
import { useState } from 'react'
import { getRubric, itemById, type ItemAnswer } from '../../../src/shared'
import { AnswerWidget } from '../../../src/components/answer-widgets'

export const rubricItem = (id: string) => {
  const found = itemById(getRubric(2022)).get(id)
  if (!found) throw new Error(id)
  return found
}

/** Renders an item's widget that keeps its answer like the draft store would, recording each change. */
export function renderWidget(id: string, initial?: ItemAnswer, disabled = false) {
  const changes: (ItemAnswer | null)[] = []
  function Harness() {
    const [answer, setAnswer] = useState<ItemAnswer | undefined>(initial)
    return (
      <AnswerWidget
        item={rubricItem(id)}
        answer={answer}
        disabled={disabled}
        onChange={(next) => {
          changes.push(next)
          setAnswer(next ?? undefined)
        }}
      />
    )
  }
  render(<Harness />)
  return changes
}
