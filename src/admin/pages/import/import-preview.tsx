import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import LoadMore from '../../../components/load-more'
import { useShownRows } from '../../../components/load-more/use-shown-rows'
import type { Preview } from './use-import'

const SHOWN = 50

interface ImportPreviewProps {
  preview: Preview
  importing: boolean
  onConfirm(): void
  onBack(): void
}

/** What an import will do, before anything is written: the societies to create and every skipped row with why. */
export function ImportPreview({ preview, importing, onConfirm, onBack }: ImportPreviewProps) {
  const { created, skipped } = preview
  const page = useShownRows(created, SHOWN)
  return (
    <View className="import-preview">
      <Text className="import-preview__summary">
        {preview.source}：共 {preview.rows.length} 行，将登记 <Text className="import-preview__good">{created.length}</Text> 个学会
        {skipped.length > 0 ? (
          <>
            ，跳过 <Text className="import-preview__bad">{skipped.length}</Text> 行
          </>
        ) : null}
        。确认前不会写入任何内容。
      </Text>
      {preview.ignoredColumns.length > 0 ? (
        <Text className="import-preview__note">未使用的列：{preview.ignoredColumns.join('、')}</Text>
      ) : null}

      {skipped.length > 0 ? (
        <View className="import-preview__block">
          <Text className="import-preview__heading">跳过的行（请在名单中修改后重新导入）</Text>
          {skipped.map((s) => (
            <View key={`${s.row}-${s.name}`} className="import-preview__skip">
              <Text className="import-preview__row">第 {s.row} 行</Text>
              <Text className="import-preview__name">{s.name || '（空）'}</Text>
              <Text className="import-preview__reason">{s.reason}</Text>
            </View>
          ))}
        </View>
      ) : null}

      <View className="import-preview__block">
        <Text className="import-preview__heading">将登记的学会</Text>
        {created.length === 0 ? <Text className="import-preview__note">没有可登记的学会。</Text> : null}
        {page.visible.map((c, i) => (
          <View key={c.society.name} className="import-preview__item">
            <Text className="import-preview__index">{i + 1}</Text>
            {/* Name and contact in one column beside the number: a long name wraps there, not under the number. */}
            <View className="import-preview__body">
              <Text className="import-preview__name">{c.society.name}</Text>
              <Text className="import-preview__contact">{[c.society.contact, c.society.phone].filter(Boolean).join(' · ')}</Text>
            </View>
          </View>
        ))}
        <LoadMore {...page.more} />
      </View>

      <View className="import-preview__actions">
        <Button type="primary" loading={importing} disabled={importing || created.length === 0} onClick={onConfirm}>
          确认导入 {created.length} 个学会
        </Button>
        <Button disabled={importing} onClick={onBack}>
          重新选择
        </Button>
      </View>
    </View>
  )
}
