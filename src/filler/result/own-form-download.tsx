import { View } from '@tarojs/components'
import { callAction } from '../../services/cloud'
import { ReportButton } from '../../features/reports/report-button'

/** The society's own filled form as 附件3 in Excel, to print, sign and stamp. */
export function OwnFormDownload({ year }: { year: number }) {
  return (
    <View className="result__download">
      <ReportButton label="下载自评表（Excel，打印盖章用）" make={() => callAction('report.form', { year })} />
    </View>
  )
}
