import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { STATUS_LABEL } from '../../shared/submission-status'
import { chineseDate } from '../../shared/years/deadline'
import type { SocietyYear } from '../../shared/contract/year-entities'
import { routes } from '../../shared/routes'
import { HomeCell, HomeCellGroup } from './light-ui'

const arrow = <Text className="home__arrow">›</Text>

/** Where a year's form stands, in one line: its result once reviewed; for a form still open, its own deadline. */
export function yearSummary({ submission, closedReason, deadline, yearStatus }: SocietyYear): string {
  if (!submission) return yearStatus === 'closed' ? '未填报，年度已结束' : `未开始${deadline ? `，截止${chineseDate(deadline)}` : ''}`
  const status = STATUS_LABEL[submission.status]
  if (submission.finalTotal !== null) return `${status}：最终得分 ${submission.finalTotal} 分${submission.grade ? `，${submission.grade}` : ''}`
  if (submission.status === 'submitted') return `${status}：自评 ${submission.selfTotal} 分，等待审核`
  if (closedReason) return `未提交：${closedReason}`
  return `${status}：仍可填写${deadline ? `，截止${chineseDate(deadline)}` : ''}`
}

/** The page a year opens at: the result once reviewed, else the form (read-only when closed or handed in). */
export const yearUrl = ({ year, submission }: SocietyYear): string =>
  submission?.status === 'reviewed' ? routes.result(year) : routes.home(year)

/** 往年: every year before `current`, newest first, each a tap away (read-only unless its form is still open). */
export function EarlierYears({ years, current }: { years: readonly SocietyYear[]; current: number }) {
  const earlier = years.filter((y) => y.year < current)
  if (earlier.length === 0) return null
  return (
    <HomeCellGroup title="往年">
      {earlier.map((y) => (
        <View key={y.year} className={`home__year home__year--${y.submission?.status ?? 'none'}`}>
          <HomeCell
            title={`${y.year}年度${y.yearStatus === 'closed' ? '（已关闭）' : ''}`}
            description={yearSummary(y)}
            extra={arrow}
            onClick={() => void Taro.navigateTo({ url: yearUrl(y) })}
          />
        </View>
      ))}
    </HomeCellGroup>
  )
}
