import { View } from '@tarojs/components'
import type { SubmissionView } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { ReportButton } from '../../../features/reports/report-button'

/** This society's filled form (附件3, with 审核得分 once reviewed), its whole file as a PDF, and its evidence as an archive. */
export function SubmissionReports({ view }: { view: SubmissionView }) {
  const ref = { year: view.year, societyId: view.societyId }
  return (
    <View className="review-detail__reports">
      <ReportButton label="导出自评表（Excel）" make={() => callAction('report.form', ref)} />
      <ReportButton
        label="导出完整材料（PDF，含照片）"
        hint="自评表、每张证明照片和材料清单；照片多时需稍候"
        make={() => callAction('report.formPdf', { submissionId: view.id })}
      />
      <ReportButton
        label="下载证明材料（压缩包）"
        hint="按指标命名，附目录；照片多时需稍候"
        make={() => callAction('report.evidence', ref)}
      />
    </View>
  )
}
