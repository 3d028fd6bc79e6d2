import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ActionOutput, YearSettings } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { failureText } from './use-year-settings'

type Preview = ActionOutput<'admin.openYear'>

/** Opens the next year: first the wording that changes (before → after), then the admin confirms. */
export function OpenYearCard({ current, onOpened }: { current: YearSettings; onOpened(): void }) {
  const next = current.year + 1
  const [preview, setPreview] = useState<Preview | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const run = async (dryRun: boolean) => {
    setBusy(true)
    setError(null)
    try {
      const answer = await callAction('admin.openYear', { year: next, dryRun })
      if (dryRun) setPreview(answer)
      else {
        setPreview(null)
        void Taro.showToast({ title: `${next}年度已开启`, icon: 'none' })
        onOpened()
      }
    } catch (e) {
      setError(failureText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="years__card">
      <Text className="years__card-title">开启{next}年度</Text>
      <Text className="years__hint">
        评分标准沿用{current.year}年度，措辞中的年份顺延一年；等级划分沿用，截止日期另设。开启后{next}年度成为当前年度，{current.year}年度的审核仍可继续。
      </Text>
      {!preview && (
        <Button size="small" fill="outline" type="primary" disabled={busy} onClick={() => void run(true)}>
          预览{next}年度的措辞变化
        </Button>
      )}
      {preview && (
        <View className="years__preview">
          <Text className="years__value">{preview.year.title}</Text>
          <Text className="years__hint">共{preview.changes.length}处文字变化：</Text>
          {preview.changes.map((c) => (
            <View key={c.where} className="years__change">
              <Text className="years__change-where">{c.where}</Text>
              <Text className="years__change-before">{c.before}</Text>
              <Text className="years__change-after">→ {c.after}</Text>
            </View>
          ))}
          <View className="years__row">
            <Button size="small" fill="none" disabled={busy} onClick={() => setPreview(null)}>
              取消
            </Button>
            <Button size="small" type="primary" disabled={busy} onClick={() => void run(false)}>
              确认开启{next}年度
            </Button>
          </View>
        </View>
      )}
      {error && <Text className="years__error">{error}</Text>}
    </View>
  )
}
