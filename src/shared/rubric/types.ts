/** The shape of a year's rubric: data only, so that a new year is new data, not new code. */

export interface CheckCondition {
  /** Stable id used in answers, e.g. `a`, `q1`. */
  readonly id: string
  /** Phrased so that "yes" is good, e.g. 按时完成换届. */
  readonly label: string
  /** Points taken off when the condition is answered "no". */
  readonly deduction: number
}

export interface Tier {
  readonly id: string
  readonly label: string
  readonly points: number
}

export interface EntryCategory {
  readonly id: string
  readonly label: string
}

export type ItemRule =
  | { readonly kind: 'checks'; readonly conditions: readonly CheckCondition[] }
  | { readonly kind: 'tiers'; readonly tiers: readonly Tier[] }
  | {
      readonly kind: 'count'
      readonly perEntry: number
      readonly cap: number
      /** What one entry is, shown to the filler, e.g. 参加的会议、活动. */
      readonly entryLabel: string
      /** When present, every entry must name one of these categories. */
      readonly categories?: readonly EntryCategory[]
    }
  | { readonly kind: 'judgement' }

export type RuleKind = ItemRule['kind']

export interface RubricItem {
  /** `B<n>.<k>` or `A<n>.<k>` for an item directly under an A group. */
  readonly id: string
  /** The C-level indicator, in the form's own words. */
  readonly indicator: string
  /** The form's 评分标准, verbatim (line breaks as in the form). */
  readonly criterion: string
  readonly max: number
  readonly rule: ItemRule
}

export interface BGroup {
  readonly id: string
  readonly name: string
  readonly max: number
  readonly items: readonly RubricItem[]
}

export interface AGroup {
  readonly id: string
  readonly name: string
  readonly max: number
  /** Either B groups, or (like A4) items directly, never both. */
  readonly bGroups: readonly BGroup[]
  readonly items: readonly RubricItem[]
}

export interface Rubric {
  readonly year: number
  readonly attachment: string
  readonly title: string
  readonly total: number
  readonly aGroups: readonly AGroup[]
}
