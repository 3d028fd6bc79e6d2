import { OUTCOME_LINES_MAX, creditSummary, creditText, remindOutcome, remindTitle } from '../../src/admin/pages/progress/delivery-text'
import { NO_SUBSCRIBE_CREDIT, type RemindResult } from '../../src/shared'

const society = (n: number, deliveries: RemindResult['deliveries']): RemindResult => ({
  societyId: `s${n}`,
  name: `学会${n}`,
  deliveries,
})
const filler = (name: string, delivery: RemindResult['deliveries'][number]['delivery']) => ({ name, delivery, error: null })

test('a few societies: a line per filler, with the society', () => {
  expect(
    remindOutcome([society(1, [filler('李晓梅', 'sent'), filler('', 'refused')]), society(2, [])]),
  ).toBe(['学会1｜李晓梅：订阅消息已发出', '学会1｜填报人：未订阅（仅站内消息）', '学会2｜没有绑定的填报人，未能发出'].join('；\n'))
})

test('many societies: counted, so that the modal stays one screen', () => {
  const results = [
    society(1, [filler('甲', 'sent'), filler('乙', 'refused')]),
    society(2, [filler('丙', 'failed')]),
    ...Array.from({ length: 300 }, (_, i) => society(i + 3, [])),
  ]
  expect(results.length).toBeGreaterThan(OUTCOME_LINES_MAX)
  expect(remindOutcome(results).split('；\n')).toEqual([
    '站内消息已发给3位填报人',
    '订阅消息已发出：1位填报人',
    '未订阅（仅站内消息）：1位填报人',
    '订阅消息发送失败（站内消息已发）：1位填报人',
    '300个学会没有绑定的填报人，未能发出',
  ])
})

test('the title counts the societies reached and those with nobody to send to, not all as 已催报', () => {
  const results = [society(1, [filler('甲', 'sent')]), society(2, [filler('乙', 'refused')]), ...Array.from({ length: 11 }, (_, i) => society(i + 3, []))]
  expect(remindTitle(results)).toBe('已发给2个学会，11个无人可发')
  expect(remindTitle(results.slice(0, 2))).toBe('已发给2个学会')
  expect(remindTitle(results.slice(2))).toBe('11个学会无人可发')
})

test('a filler without a subscribe credit is named as such, apart from a WeChat refusal', () => {
  const noCredit = { name: '王五', delivery: 'refused' as const, error: NO_SUBSCRIBE_CREDIT }
  expect(remindOutcome([society(1, [noCredit, filler('赵六', 'refused')])])).toBe(
    ['学会1｜王五：没有提醒次数，未发订阅消息（仅站内消息）', '学会1｜赵六：未订阅（仅站内消息）'].join('；\n'),
  )
  const many = Array.from({ length: OUTCOME_LINES_MAX + 1 }, (_, i) => society(i, [noCredit]))
  expect(remindOutcome(many).split('；\n')).toEqual([`站内消息已发给${OUTCOME_LINES_MAX + 1}位填报人`, `没有提醒次数，未发订阅消息（仅站内消息）：${OUTCOME_LINES_MAX + 1}位填报人`])
})

test('填报进度 says per society whether a WeChat message can reach it now, and counts them', () => {
  expect(creditText(0)).toBe('仅站内消息')
  expect(creditText(3)).toBe('持有提醒次数 3')
  expect(creditSummary([{ subscribeCredits: 0 }, { subscribeCredits: 2 }, { subscribeCredits: 0 }])).toBe(
    '微信提醒：1个学会的填报人持有提醒次数（催报同时发微信消息），其余2个只收到站内消息',
  )
})
