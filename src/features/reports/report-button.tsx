import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ReportFile } from '../../shared'
import { loadErrorText } from '../../components/page-state/load-error'
import { openReport } from './open-report'
import { PrivacyPopup } from '../privacy'
import './report-button.scss'

interface Props {
  label: string
  /** What the wait is like, shown while the file is built, e.g. 约需半分钟. */
  hint?: string
  make(): Promise<ReportFile>
  type?: 'primary' | 'default'
}

type Phase = { kind: 'idle' } | { kind: 'building'; seconds: number } | { kind: 'done'; text: string } | { kind: 'failed'; text: string }

/** A button that has the server build a report, shows progress while it does, then opens or downloads it. */
export function ReportButton({ label, hint, make, type = 'default' }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const timer = useRef<ReturnType<typeof setInterval> | null>(null)
  useEffect(() => () => void (timer.current && clearInterval(timer.current)), [])

  const run = async () => {
    if (phase.kind === 'building') return
    setPhase({ kind: 'building', seconds: 0 })
    timer.current = setInterval(
      () => setPhase((p) => (p.kind === 'building' ? { kind: 'building', seconds: p.seconds + 1 } : p)),
      1000,
    )
    try {
      const file = await make()
      const note = await openReport(file)
      setPhase({ kind: 'done', text: `已生成：${file.summary}${note ? `。${note}` : ''}` })
    } catch (error) {
      setPhase({ kind: 'failed', text: loadErrorText(error) })
    } finally {
      if (timer.current) clearInterval(timer.current)
      timer.current = null
    }
  }

  const building = phase.kind === 'building'
  return (
    <View className="report-button">
      <PrivacyPopup />
      <Button block type={type} loading={building} disabled={building} onClick={() => void run()}>
        {building ? `正在生成… ${phase.seconds} 秒` : label}
      </Button>
      {building && hint ? <Text className="report-button__note">{hint}</Text> : null}
      {phase.kind === 'done' ? <Text className="report-button__note">{phase.text}</Text> : null}
      {phase.kind === 'failed' ? <Text className="report-button__note report-button__note--error">{phase.text}</Text> : null}
    </View>
  )
}
