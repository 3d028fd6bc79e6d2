import type { ItemAnswer } from '../../../src/shared'

/**
 * What the filler answers on every item of the 2022 form, in form order, with the points each answer is
 * worth worked out by hand from rubric-2022.md. Every kind is here and so is a mix of answers: checks
 * with some 否, tiers at a middle level, count items with one, two and three entries and an explicit 暂无,
 * A4.1 entries with categories, judgement scores in half points with a remark.
 */
export interface PlannedItem {
  id: string
  answer: ItemAnswer
  points: number
}

const judged = (score: number, remark: string): ItemAnswer => ({ score, remark })

export const PLAN: readonly PlannedItem[] = [
  { id: 'B1.1', answer: { checks: { a: true } }, points: 2 },
  { id: 'B1.2', answer: { checks: { a: true, b: false } }, points: 1 }, // 否 −1
  { id: 'B1.3', answer: { checks: { a: true } }, points: 1 },
  { id: 'B2.1', answer: { tier: 'basic' }, points: 3 }, // 基本合格
  { id: 'B3.1', answer: { checks: { a: true } }, points: 3 },
  { id: 'B3.2', answer: { checks: { a: false } }, points: 0 }, // 否 −2
  { id: 'B4.1', answer: { tier: 'partial' }, points: 2 }, // 成立但班子配备不齐
  { id: 'B5.1', answer: { checks: { a: true, b: true } }, points: 2 },
  { id: 'B6.1', answer: judged(3.5, '全年召开理事会3次，传达学习上级精神'), points: 3.5 },
  { id: 'B6.2', answer: { checks: { a: true, b: false, c: true } }, points: 2 }, // 一课 否 −1
  { id: 'B6.3', answer: { checks: { q1: true, q2: true, q3: false, q4: true } }, points: 3 }, // 第三季度 否 −1
  { id: 'B6.4', answer: judged(0.5, '党建与学术活动结合开展一次'), points: 0.5 },
  { id: 'B6.5', answer: { checks: { a: true } }, points: 2 },
  { id: 'B7.1', answer: { tier: 'grassroots' }, points: 2 }, // 深入基层开展学术会议
  { id: 'B7.2', answer: { tier: 'regional' }, points: 3 }, // 获得自治区奖项
  { id: 'B7.3', answer: { checks: { a: true } }, points: 2 },
  { id: 'B7.4', answer: { checks: { a: false } }, points: 0 }, // 否 −2
  { id: 'B7.5', answer: { checks: { a: true } }, points: 2 },
  { id: 'B8.1', answer: judged(4.5, '开展科普活动12场，受众约3000人'), points: 4.5 },
  { id: 'B8.2', answer: judged(2, '科普讲座6次'), points: 2 },
  { id: 'B8.3', answer: judged(1.5, '科技活动周主题宣传'), points: 1.5 },
  { id: 'B8.4', answer: judged(1, '中学科普进校园2次'), points: 1 },
  { id: 'B8.5', answer: judged(1.5, '制作科普短视频4部'), points: 1.5 },
  { id: 'B9.1', answer: judged(2.5, '组织专家下乡技术培训'), points: 2.5 },
  { id: 'B9.2', answer: judged(3, '编印去极端化科普读本'), points: 3 },
  { id: 'B9.3', answer: judged(2, '防疫科普宣传材料发放'), points: 2 },
  { id: 'B9.4', answer: judged(0.5, '安全生产宣传一次'), points: 0.5 },
  { id: 'B9.5', answer: judged(1.5, '服务企业技术咨询'), points: 1.5 },
  { id: 'B10.1', answer: judged(1, '设监事会，监事3人'), points: 1 },
  { id: 'B10.2', answer: { checks: { a: true } }, points: 2 },
  { id: 'B10.3', answer: { entries: [] }, points: 0 }, // 暂无
  { id: 'B11.1', answer: judged(1.5, '成立咨询专家委员会'), points: 1.5 },
  { id: 'B11.2', answer: { tier: 'bureau' }, points: 2 }, // 获得自治区厅局批示
  {
    id: 'B12.1',
    answer: { entries: [{ text: '2022-03 科协年会' }, { text: '2022-06 学会工作会议' }, { text: '2022-09 科技活动周' }] },
    points: 3, // 3 × 1, cap 3
  },
  { id: 'B12.2', answer: { entries: [{ text: '学会动态一则' }, { text: '科普活动简报' }] }, points: 2 },
  { id: 'B12.3', answer: { checks: { a: true, b: true } }, points: 2 },
  { id: 'B12.4', answer: judged(2, '按时报送年报和统计材料'), points: 2 },
  {
    id: 'A4.1',
    answer: {
      entries: [
        { text: '获评全国优秀学会', category: 'honor' },
        { text: '科技特派员助力乡村振兴', category: 'rural' },
      ],
    },
    points: 4, // 2 × 2, cap 10
  },
]

/**
 * The total by hand: checks 2+1+1+3+0+2+2+3+2+2+0+2+2+2 = 24, tiers 3+2+2+3+2 = 12,
 * judgement 3.5+0.5+4.5+2+1.5+1+1.5+2.5+3+2+0.5+1.5+1+1.5+2 = 28.5, count 0+3+2+4 = 9.
 */
export const HAND_TOTAL = 73.5

/** Photos go to items of all four kinds; one is portrait, so that its long edge is its height. */
export const PHOTOS: readonly { itemId: string; width: number; height: number }[] = [
  { itemId: 'B1.2', width: 4000, height: 3000 },
  { itemId: 'B2.1', width: 3000, height: 4000 },
  { itemId: 'B6.1', width: 4000, height: 3000 },
  { itemId: 'B12.1', width: 4032, height: 3024 },
]

/** The form is reloaded right after this item is answered. */
export const RELOAD_AFTER = 'B8.2'

/**
 * After the return the filler answers 是 on B1.2's second condition (专职工作人员, as the reviewer asked):
 * 1 → 2 points. This is the edit that must survive an app kill; the remark is typed while offline.
 */
export const RETURN_FIX: PlannedItem = { id: 'B1.2', answer: { checks: { a: true, b: true } }, points: 2 }
export const OFFLINE_REMARK = '已补充专职工作人员劳动合同'

/** The self total resubmitted: HAND_TOTAL + 1 (B1.2 1 → 2). */
export const RESUBMITTED_TOTAL = 74.5

/** The reviewer's final scores that differ from the self scores, with the comments. */
export const REVIEW_CHANGES: readonly { id: string; finalScore: number; comment: string }[] = [
  { id: 'B6.4', finalScore: 1, comment: '党建与学术活动结合有照片佐证，给满分' }, // 0.5 → 1, +0.5
  { id: 'B8.1', finalScore: 2.5, comment: '科普活动仅8场有签到表，按实际场次核减' }, // 4.5 → 2.5, −2
]

/** The final total by hand: 74.5 + 0.5 − 2. */
export const FINAL_TOTAL = 73

/**
 * Group subtotals by hand, [self, final], in the order the result page lists them. Self: B1 2+2+1,
 * B2 3, B3 3+0, B4 2, B5 2, B6 3.5+2+3+0.5+2, B7 2+3+2+0+2, B8 4.5+2+1.5+1+1.5, B9 2.5+3+2+0.5+1.5,
 * B10 1+2+0, B11 1.5+2, B12 3+2+2+2, A4 4; final: B6 +0.5, B8 −2.
 */
export const GROUP_TOTALS: readonly [string, number, number][] = [
  ['A1', 11, 11],
  ['B1', 5, 5],
  ['B2', 3, 3],
  ['B3', 3, 3],
  ['A2', 15, 15.5],
  ['B4', 2, 2],
  ['B5', 2, 2],
  ['B6', 11, 11.5],
  ['A3', 44.5, 42.5],
  ['B7', 9, 9],
  ['B8', 10.5, 8.5],
  ['B9', 9.5, 9.5],
  ['B10', 3, 3],
  ['B11', 3.5, 3.5],
  ['B12', 9, 9],
  ['A4', 4, 4],
]
