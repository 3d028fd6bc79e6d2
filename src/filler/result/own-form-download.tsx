import { View } from '@tarojs/components'
import { callAction } from '../../services/cloud'
import { ReportButton } from '../../features/reports/report-button'

/** The society's own filled form as 附件3 in Excel, to print, sign and stamp; and its whole file as a PDF. */
export function OwnFormDownload({ year, submissionId }: { year: number; submissionId: string }) {
  return (
    <View className="result__download">
      <ReportButton label="下载自评表（Excel，打印盖章用）" make={() => callAction('report.form', { year })} />
      <ReportButton
        label="下载完整材料（PDF，含照片）"
        hint="自评表、每张证明照片和材料清单；照片多时需稍候"
        make={() => callAction('report.formPdf', { submissionId })}
      />
    </View>
  )
}
