import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { callAction } from '../../../services/cloud'
import { routes } from '../../../shared/routes'
import { ReportButton } from '../../../features/reports/report-button'

/** The year's hand-on: the results workbook, and the dashboard. */
export function YearReports({ year }: { year: number }) {
  return (
    <View className="review-list__reports">
      <ReportButton
        type="primary"
        label={`导出${year}年度结果（Excel）`}
        hint="汇总、等级排名、逐项得分和各学会自评表，学会多时约需半分钟"
        make={() => callAction('report.results', { year })}
      />
      <Button block onClick={() => void Taro.navigateTo({ url: routes.dashboard(year) })}>
        统计看板
      </Button>
    </View>
  )
}
