import { formatIssues, getRubric, parseAnswers, parseFinalScores } from '../../src/shared'

const rubric = getRubric(2022)
const problems = (input: unknown): string => {
  const result = parseAnswers(rubric, input)
  if (result.ok) throw new Error(`expected a rejection of ${JSON.stringify(input)}`)
  return formatIssues(result.issues)
}

describe('the answers wire format', () => {
  it('accepts the example of rubric-2022.md', () => {
    const example = {
      'B1.2': { checks: { a: true, b: false }, remark: '…', photos: ['cloud://env/evidence/1.jpg'] },
      'B2.1': { tier: 'pass' },
      'B12.1': { entries: [{ text: '2022-03 科协年会' }] },
      'A4.1': { entries: [{ text: '…', category: 'honor' }] },
      'B6.1': { score: 3.5 },
    }
    expect(parseAnswers(rubric, example)).toEqual({ ok: true, value: example })
  })

  it('accepts partial answers and an empty object', () => {
    expect(parseAnswers(rubric, {}).ok).toBe(true)
    expect(parseAnswers(rubric, { 'B1.2': { checks: { a: true } } }).ok).toBe(true)
  })

  it.each([
    ['an unknown item', { 'B13.1': {} }, /B13\.1：没有这个指标/],
    ['an unknown check', { 'B1.2': { checks: { c: true } } }, /B1\.2：没有条件“c”（此项的条件：a、b）/],
    ['a check answered with a non-boolean', { 'B1.2': { checks: { a: 'yes' } } }, /B1\.2：条件“a”的回答必须是 true/],
    ['an unknown tier', { 'B2.1': { tier: 'excellent' } }, /B2\.1：没有档次“excellent”/],
    ['a field of the wrong kind', { 'B2.1': { score: 5 } }, /B2\.1：此项是单选档次题，应填写“tier”，不能填写“score”/],
    ['checks on a judgement item', { 'B6.1': { checks: { a: true } } }, /B6\.1：此项是自评打分题，应填写“score”/],
    ['a judgement above the maximum', { 'B6.1': { score: 4.5 } }, /B6\.1：自评分须在0到4分之间（收到4.5）/],
    ['a negative judgement', { 'B6.4': { score: -0.5 } }, /B6\.4：自评分须在0到1分之间/],
    ['a judgement not a multiple of 0.5', { 'B8.1': { score: 2.25 } }, /B8\.1：自评分须为0\.5的倍数（收到2\.25）/],
    ['a judgement given as text', { 'B8.1': { score: '3' } }, /B8\.1：自评分必须是数字/],
    ['an A4.1 entry without a category', { 'A4.1': { entries: [{ text: '国家项目' }] } }, /A4\.1：第1条，必须选择类别/],
    ['an A4.1 entry with an unknown category', { 'A4.1': { entries: [{ text: 'x', category: 'gold' }] } }, /A4\.1：第1条，没有类别“gold”/],
    ['an empty entry', { 'B12.2': { entries: [{ text: '  ' }] } }, /B12\.2：第1条，内容不能为空/],
    ['entries that are not a list', { 'B12.2': { entries: 3 } }, /B12\.2：“entries”必须是列表/],
    ['more than 9 photos', { 'B3.1': { photos: Array.from({ length: 10 }, (_, i) => `p${i}`) } }, /B3\.1：证明照片最多9张（现有10张）/],
    ['a remark over 500 characters', { 'B3.1': { remark: '字'.repeat(501) } }, /B3\.1：备注不能超过500字（现有501字）/],
    ['an item answer that is not an object', { 'B3.1': true }, /B3\.1：此项的答案必须是对象/],
    ['answers that are a list', [], /答案必须是以指标编号/],
  ])('rejects %s, naming the item and the problem', (_what, input, message) => {
    expect(problems(input)).toMatch(message)
  })

  it('reports every problem at once, each on its own item', () => {
    const text = problems({ 'B2.1': { tier: 'x' }, 'B6.1': { score: 9 }, 'B1.1': { checks: { a: true } } })
    expect(text.split('\n')).toHaveLength(2)
  })

  it('counts a remark of exactly 500 characters, emoji included, as valid', () => {
    expect(parseAnswers(rubric, { 'B3.1': { remark: '😀'.repeat(500) } }).ok).toBe(true)
  })

  it('never copies prototype keys into the result', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "B6.1": {"score": 1}}') as unknown
    expect(problems(hostile)).toMatch(/__proto__：没有这个指标/)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('a reviewer’s final scores', () => {
  it('accepts half-steps within each item’s maximum', () => {
    expect(parseFinalScores(rubric, { 'B6.1': 3.5, 'A4.1': 10 })).toEqual({ ok: true, value: { 'B6.1': 3.5, 'A4.1': 10 } })
  })
  it('rejects out of range, non half-step and unknown items', () => {
    const result = parseFinalScores(rubric, { 'B6.1': 5, 'B8.1': 1.2, 'Z1.1': 1 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(formatIssues(result.issues)).toMatch(/B6\.1：最终得分须在0到4分之间[\s\S]*B8\.1：最终得分须为0\.5的倍数[\s\S]*Z1\.1：没有这个指标/)
  })
})

describe('a hostile answer with hundreds of unknown fields', () => {
  it('names the first ten and counts the rest, in a message of bounded length', () => {
    const fields = Object.fromEntries(Array.from({ length: 455 }, (_, i) => [`x${i}`, i]))
    const result = parseAnswers(rubric, { 'B1.1': { checks: { a: true }, ...fields } })
    expect(result.ok).toBe(false)
    const message = result.ok ? '' : result.issues[0]!.message
    expect(message).toContain('“x0”、“x1”')
    expect(message).toContain('等455个')
    expect(message).not.toContain('“x10”')
    expect(message.length).toBeLessThan(200)
  })
})
