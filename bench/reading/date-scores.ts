/** Date recall and precision of readings against the dates the pages were made with. */
export interface DateScores {
  expected: number
  found: number
  correct: number
  recall: number
  precision: number
}

export function scoreDates(truth: readonly (readonly string[])[], found: readonly (readonly string[])[]): DateScores {
  let expected = 0
  let foundCount = 0
  let correct = 0
  truth.forEach((want, i) => {
    const got = found[i] ?? []
    expected += want.length
    foundCount += got.length
    correct += got.filter((d) => want.includes(d)).length
  })
  return {
    expected,
    found: foundCount,
    correct,
    recall: expected === 0 ? 1 : correct / expected,
    precision: foundCount === 0 ? 1 : correct / foundCount,
  }
}
