import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { addedForRecheck, chineseDate, isPast, recheckState, type Rubric, type SubmissionView } from '../../shared'
import { routes } from '../../shared/routes'
import { formatPoints } from '../../components/score-badge'
import { RecheckForm } from './recheck-form'

/** Under a finalized result: the 公示, the way to ask for 复核 while it lasts, and the 复核's state and outcome. */
export function RecheckPanel({ view, rubric, onChange }: { view: SubmissionView; rubric: Rubric; onChange(view: SubmissionView): void }) {
  // Evidence added for a request not yet sent: the request is being composed.
  const [asking, setAsking] = useState(() => Object.keys(addedForRecheck(view.evidence, view.files)).length > 0)
  const publication = view.publication
  if (!publication) return null
  const open = !isPast(publication.until, new Date())
  const recheck = view.recheck ?? null
  const state = recheckState(recheck)
  return (
    <View className="recheck">
      <View className="recheck__head">
        <Text className="recheck__title">结果公示</Text>
        <Text className="recheck__link" onClick={() => void Taro.navigateTo({ url: routes.publicResults(view.year) })}>
          查看公示名单
        </Text>
      </View>
      <Text className="recheck__text">
        {open
          ? `公示至${chineseDate(publication.until)}（含当天）。对审核得分有异议的，可在此之前申请复核一次，逐项写明理由。`
          : `公示已于${chineseDate(publication.until)}结束。`}
      </Text>
      {state === 'none' && open && !asking ? (
        <Button type="primary" block onClick={() => setAsking(true)}>
          申请复核
        </Button>
      ) : null}
      {state === 'none' && open && asking ? (
        <RecheckForm view={view} rubric={rubric} onCancel={() => setAsking(false)} onChange={onChange} />
      ) : null}
      {recheck && state === 'pending' ? (
        <View className="recheck__box">
          <Text className="recheck__state recheck__state--pending">复核中</Text>
          {Object.entries(recheck.items).map(([id, reason]) => (
            <Text key={id} className="recheck__line">
              {id}：{reason}
            </Text>
          ))}
          <Text className="recheck__note">审核员答复后会通过微信消息和“消息”页通知您。</Text>
        </View>
      ) : null}
      {recheck && state === 'answered' && recheck.answers ? (
        <View className="recheck__box">
          <Text className="recheck__state recheck__state--answered">复核结果</Text>
          {Object.entries(recheck.answers).map(([id, a]) => (
            <View key={id} className="recheck__answer">
              <Text className="recheck__line recheck__line--strong">
                {id}：
                {a.finalScore === a.before ? `维持${formatPoints(a.finalScore)}分` : `${formatPoints(a.before)}分 → ${formatPoints(a.finalScore)}分`}
              </Text>
              <Text className="recheck__line">说明：{a.comment}</Text>
            </View>
          ))}
          <Text className="recheck__total">
            总分 {formatPoints(recheck.totalBefore)} → {formatPoints(recheck.totalAfter ?? recheck.totalBefore)} 分，等级{recheck.gradeAfter}
          </Text>
        </View>
      ) : null}
    </View>
  )
}
