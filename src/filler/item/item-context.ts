import { rubricItems, type Rubric, type RubricItem } from '../../shared'

export interface ItemContext {
  readonly item: RubricItem
  /** A name › B name, as the form groups it. */
  readonly breadcrumb: string
  readonly previous: string | null
  readonly next: string | null
}

/** Where an item sits in the form: its groups and its neighbours in form order. */
export function itemContext(rubric: Rubric, itemId: string): ItemContext | null {
  const items = rubricItems(rubric)
  const index = items.findIndex((i) => i.id === itemId)
  const item = items[index]
  if (!item) return null
  const a = rubric.aGroups.find((g) => g.items.includes(item) || g.bGroups.some((b) => b.items.includes(item)))
  const b = a?.bGroups.find((g) => g.items.includes(item))
  const breadcrumb = [a && `${a.id} ${a.name}`, b && `${b.id} ${b.name}`].filter(Boolean).join(' › ')
  return {
    item,
    breadcrumb,
    previous: items[index - 1]?.id ?? null,
    next: items[index + 1]?.id ?? null,
  }
}
