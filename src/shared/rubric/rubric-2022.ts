import type { CheckCondition, EntryCategory, ItemRule, Rubric, RubricItem, Tier } from './types'

/**
 * 附件3 自治区学会（协会、研究会）2022年度工作绩效评价自评表, transcribed from the original form.
 * Indicator and criterion texts are the form's own words; check, tier and category labels and the
 * readings of ambiguous criteria follow rubric-2022.md.
 */

const checks = (...conditions: [string, string, number][]): ItemRule => ({
  kind: 'checks',
  conditions: conditions.map(([id, label, deduction]): CheckCondition => ({ id, label, deduction })),
})
const tiers = (...levels: [string, string, number][]): ItemRule => ({
  kind: 'tiers',
  tiers: levels.map(([id, label, points]): Tier => ({ id, label, points })),
})
const judgement: ItemRule = { kind: 'judgement' }
const count = (perEntry: number, cap: number, entryLabel: string, categories?: EntryCategory[]): ItemRule =>
  categories ? { kind: 'count', perEntry, cap, entryLabel, categories } : { kind: 'count', perEntry, cap, entryLabel }
const item = (id: string, indicator: string, max: number, criterion: string, rule: ItemRule): RubricItem => ({
  id,
  indicator,
  max,
  criterion,
  rule,
})

const BY_ACTUAL_WORK = '结合实际工作开展情况赋分'
const BY_ACTUAL_SITUATION = '根据实际情况赋分'
const NOT_DONE_MINUS_2 = '未开展扣2分'

export const rubric2022: Rubric = {
  year: 2022,
  attachment: '附件3',
  title: '自治区学会（协会、研究会）2022年度工作绩效评价自评表',
  total: 110,
  aGroups: [
    {
      id: 'A1',
      name: '自身建设',
      max: 15,
      items: [],
      bGroups: [
        {
          id: 'B1',
          name: '组织机构',
          max: 5,
          items: [
            item('B1.1', '学会换届情况', 2, '未按时换届扣2分', checks(['a', '按时完成换届', 2])),
            item(
              'B1.2',
              '配备秘书处专职工作人员',
              2,
              '未设立专职秘书长扣1分;\n除秘书长外没有专职工作人员扣1分',
              checks(['a', '设立专职秘书长', 1], ['b', '除秘书长外另有专职工作人员', 1]),
            ),
            item(
              'B1.3',
              '按章程规定，设立分支机构（专业委员会）；并报业务主管部门备案。',
              1,
              '资料不齐全扣1分',
              checks(['a', '分支机构设立及备案资料齐全', 1]),
            ),
          ],
        },
        {
          id: 'B2',
          name: '年检工作',
          max: 5,
          items: [
            item(
              'B2.1',
              '是否完成当年年检及年检结果',
              5,
              '完成年检并合格的不扣分;\n基本合格扣得2分；;\n不合格或没有完成年检扣5分；',
              tiers(['pass', '完成年检并合格', 5], ['basic', '基本合格', 3], ['fail', '不合格或没有完成年检', 0]),
            ),
          ],
        },
        {
          id: 'B3',
          name: '意识形态工作',
          max: 5,
          items: [
            item(
              'B3.1',
              '制定学会讲座、论坛、学术研讨、年会、期刊等各类阵地管理制度，确保意识形态领域绝对安全',
              3,
              '未制定制度扣3分',
              checks(['a', '已制定阵地管理制度', 3]),
            ),
            item(
              'B3.2',
              '落实学会安全责任，做好保密安全、网络安全等工作',
              2,
              '发生事故扣2分',
              checks(['a', '全年未发生保密、网络等安全事故', 2]),
            ),
          ],
        },
      ],
    },
    {
      id: 'A2',
      name: '党建工作',
      max: 20,
      items: [],
      bGroups: [
        {
          id: 'B4',
          name: '党组织建设',
          max: 4,
          items: [
            item(
              'B4.1',
              '是否建立学会党组织，班子是否齐全',
              4,
              '党组织班子配备齐全不扣分；\n成立但班子配备不齐扣2分；\n未成立党组织扣4分',
              tiers(['complete', '党组织班子配备齐全', 4], ['partial', '成立但班子配备不齐', 2], ['none', '未成立党组织', 0]),
            ),
          ],
        },
        {
          id: 'B5',
          name: '基础管理',
          max: 2,
          items: [
            item(
              'B5.1',
              '学会党员名单整理成册，按时收缴党费',
              2,
              '缺1项扣1分',
              checks(['a', '党员名单整理成册', 1], ['b', '按时收缴党费', 1]),
            ),
          ],
        },
        {
          id: 'B6',
          name: '政治引领',
          max: 14,
          items: [
            item(
              'B6.1',
              '加强党对学会工作的领导，发挥政治引领作用，以促进学协会健康有序发展为目标，服务大局、服务会员、服务社会。',
              4,
              BY_ACTUAL_WORK,
              judgement,
            ),
            item(
              'B6.2',
              '落实“三会一课”和主题党日等基本制度',
              3,
              '缺1项扣1分',
              checks(
                ['a', '落实“三会”（支部党员大会、支部委员会会议、党小组会）', 1],
                ['b', '落实“一课”（党课）', 1],
                ['c', '开展主题党日', 1],
              ),
            ),
            item(
              'B6.3',
              '充分发挥学会党组织职能，定期召开学会党组织（党委、党支部、党总支、党小组）会议，制定政治学习计划并加以实施，研究党建重点工作',
              4,
              '每季度召开支部大会，少1次扣1分',
              checks(
                ['q1', '第一季度召开支部大会', 1],
                ['q2', '第二季度召开支部大会', 1],
                ['q3', '第三季度召开支部大会', 1],
                ['q4', '第四季度召开支部大会', 1],
              ),
            ),
            item('B6.4', '注重党建与业务相结合，增强党组织的领导力和活力', 1, BY_ACTUAL_WORK, judgement),
            item(
              'B6.5',
              '“三重一大”事项是否通过党组织审议',
              2,
              '未通过党组织前期审议扣2分',
              checks(['a', '“三重一大”事项均经党组织前期审议', 2]),
            ),
          ],
        },
      ],
    },
    {
      id: 'A3',
      name: '业务工作',
      max: 65,
      items: [],
      bGroups: [
        {
          id: 'B7',
          name: '学术活动',
          max: 15,
          items: [
            item(
              'B7.1',
              '学术会议',
              5,
              '承办国际性或全国性专题学术会议不扣分；举办或承办跨区域性学术会议或品牌会议不扣分；深入基层开展学术会议得2分。',
              tiers(
                ['national', '承办国际性或全国性专题学术会议', 5],
                ['regional', '举办或承办跨区域性学术会议或品牌会议', 5],
                ['grassroots', '深入基层开展学术会议', 2],
                ['none', '未开展', 0],
              ),
            ),
            item(
              'B7.2',
              '科技奖励及成果转化',
              4,
              '获得国家、部委奖项得4分；获得自治区奖项得3分。',
              tiers(['national', '获得国家、部委奖项', 4], ['regional', '获得自治区奖项', 3], ['none', '未获奖', 0]),
            ),
            item('B7.3', '人才举荐、人才评价', 2, NOT_DONE_MINUS_2, checks(['a', '已开展', 2])),
            item('B7.4', '评选优秀论文工作、编印论文集', 2, NOT_DONE_MINUS_2, checks(['a', '已开展', 2])),
            item('B7.5', '国际交流合作', 2, NOT_DONE_MINUS_2, checks(['a', '已开展', 2])),
          ],
        },
        {
          id: 'B8',
          name: '科普工作',
          max: 15,
          items: [
            item('B8.1', '开展科普活动情况', 6, BY_ACTUAL_WORK, judgement),
            item('B8.2', '科普讲座次数', 3, BY_ACTUAL_WORK, judgement),
            item('B8.3', '开展主题科普宣传活动', 3, BY_ACTUAL_WORK, judgement),
            item('B8.4', '青少年科普活动', 1, BY_ACTUAL_WORK, judgement),
            item('B8.5', '制作、开发科普产品', 2, BY_ACTUAL_WORK, judgement),
          ],
        },
        {
          id: 'B9',
          name: '自治区重点工作',
          max: 15,
          items: [
            item('B9.1', '积极参与乡村振兴，通过各种形式助力乡村振兴战略', 3, BY_ACTUAL_WORK, judgement),
            item('B9.2', '紧紧围绕社会稳定和长治久安总目标，主动推进科普去极端化工作', 3, BY_ACTUAL_WORK, judgement),
            item('B9.3', '紧紧围绕疫情防控，积极开展防疫应急科普宣传和学术交流', 3, BY_ACTUAL_WORK, judgement),
            item('B9.4', '通过安全生产宣传、教育，推动自治区安全生产形势持续稳定好转', 3, BY_ACTUAL_WORK, judgement),
            item(
              'B9.5',
              '通过学会自身优势坚定不移贯彻新发展理念，推动经济社会高质量发展工作任务',
              3,
              BY_ACTUAL_WORK,
              judgement,
            ),
          ],
        },
        {
          id: 'B10',
          name: '学会改革',
          max: 5,
          items: [
            item('B10.1', '设置监事会、人员结构合理', 1, BY_ACTUAL_SITUATION, judgement),
            item('B10.2', '参与制定行业标准、发展规划、技术规范等', 2, '未参与不得分', checks(['a', '已参与', 2])),
            item(
              'B10.3',
              '积极承接政府职能转移，接受政府委托项目或购买服务',
              2,
              '每承担一项得1分，未参与不得分',
              count(1, 2, '承担的政府委托项目或购买服务'),
            ),
          ],
        },
        {
          id: 'B11',
          name: '咨询建议',
          max: 5,
          items: [
            item('B11.1', '机构设置', 2, '根据组建研究咨询专家委员会、机构或部门等情况赋分。', judgement),
            item(
              'B11.2',
              '为党和政府科学决策提供咨询建议',
              3,
              '获得自治区领导批示得3分；获得自治区厅局批示得2分，列入科协咨询项目得1分。',
              tiers(
                ['leader', '获得自治区领导批示', 3],
                ['bureau', '获得自治区厅局批示', 2],
                ['cast', '列入科协咨询项目', 1],
                ['none', '无', 0],
              ),
            ),
          ],
        },
        {
          id: 'B12',
          name: '常规工作',
          max: 10,
          items: [
            item(
              'B12.1',
              '按时、积极参加自治区科协组织的各类会议、活动。',
              3,
              '≥3次得3分',
              count(1, 3, '参加的会议、活动'),
            ),
            item('B12.2', '向科协报送信息数量', 3, '≥3条得3分', count(1, 3, '报送的信息')),
            item(
              'B12.3',
              '2022年工作总结、2023年计划',
              2,
              '未制定工作总结扣1分；未制定工作总结扣1分。',
              checks(['a', '制定2022年工作总结', 1], ['b', '制定2023年工作计划', 1]),
            ),
            item('B12.4', '报送各类材料情况', 2, BY_ACTUAL_SITUATION, judgement),
          ],
        },
      ],
    },
    {
      id: 'A4',
      name: '特色工作',
      max: 10,
      bGroups: [],
      items: [
        item(
          'A4.1',
          '获得国家部委表彰或获得全国优秀学会（不含个人）等；填补自治区空白，开展本专业新技术、新项目；承担国家级科研项目（包括国家级科研项目子课题）；承担自治区级科研项目（包括厅级科研项目）；在助力乡村振兴中取得良好社会经济效益；党建工作促进学会工作效果明显；其它成效显著的学会特色工作。',
          10,
          '有1项得2分，总分不超过10分，酌情赋分。',
          count(2, 10, '特色工作', [
            { id: 'honor', label: '获得国家部委表彰或获得全国优秀学会（不含个人）等' },
            { id: 'first', label: '填补自治区空白，开展本专业新技术、新项目' },
            { id: 'national-project', label: '承担国家级科研项目（包括国家级科研项目子课题）' },
            { id: 'regional-project', label: '承担自治区级科研项目（包括厅级科研项目）' },
            { id: 'rural', label: '在助力乡村振兴中取得良好社会经济效益' },
            { id: 'party', label: '党建工作促进学会工作效果明显' },
            { id: 'other', label: '其它成效显著的学会特色工作' },
          ]),
        ),
      ],
    },
  ],
}
