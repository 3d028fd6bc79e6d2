import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { callAction } from '../../../services/cloud'
import { EmptyState } from '../../../components/empty-state'
import LoadMore from '../../../components/load-more'
import { useShownRows } from '../../../components/load-more/use-shown-rows'
import { errorText } from '../../components/field-check'
import { issuedCodes } from '../../components/issued-codes'
import { saveBase64File } from '../../services/save-file'
import { CARDS_PER_PAGE, useCardQrs } from './use-cards'
import './index.scss'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The codes just made: a sheet to download and hand out, and a card with a QR code per society. */
export default function CodesPage() {
  const [{ title, codes }] = useState(issuedCodes)
  const page = useShownRows(codes, CARDS_PER_PAGE)
  const [saving, setSaving] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const { qr, error: qrError } = useCardQrs(codes, page.count)

  const download = async () => {
    setSaving(true)
    setSaveError(null)
    try {
      const sheet = await callAction('admin.codeSheet', {
        codes: codes.map((c) => ({ societyId: c.society.id, bindingCode: c.bindingCode })),
      })
      await saveBase64File(sheet.fileName, sheet.base64, XLSX)
    } catch (e) {
      setSaveError(errorText(e, '绑定码表生成失败，请重试'))
    } finally {
      setSaving(false)
    }
  }

  if (codes.length === 0) {
    return (
      <View className="codes codes--empty">
        <EmptyState
          title="这里没有新的绑定码"
          description="绑定码只在生成时显示一次。需要某个学会的绑定码，请到“学会管理”里为它重发绑定码。"
        />
      </View>
    )
  }

  return (
    <View className="codes">
      <Text className="codes__title">{title}</Text>
      <Text className="codes__warning">
        共 {codes.length} 个绑定码。绑定码只显示这一次，离开本页后无法再查看（只能重发），请先下载绑定码表。
      </Text>
      <View className="codes__toolbar">
        <Button type="primary" loading={saving} disabled={saving} onClick={() => void download()}>
          下载绑定码表（Excel）
        </Button>
      </View>
      {saveError ? <Text className="codes__error">{saveError}</Text> : null}
      {qrError ? <Text className="codes__error">{qrError}</Text> : null}
      <View className="codes__cards">
        {page.visible.map((c) => (
          <View key={c.society.id} className="code-card">
            <Text className="code-card__name">{c.society.name}</Text>
            <View className="code-card__body">
              {qr[c.society.id] ? (
                <Image className="code-card__qr" src={`data:image/png;base64,${qr[c.society.id]}`} aria-label={`${c.society.name}的绑定二维码`} />
              ) : (
                <View className="code-card__qr code-card__qr--loading">
                  <Text>生成中…</Text>
                </View>
              )}
              <View className="code-card__text">
                <Text className="code-card__label">绑定码</Text>
                <Text className="code-card__code" userSelect>
                  {c.bindingCode}
                </Text>
                <Text className="code-card__hint">在微信中打开“学会绩效自评”小程序，扫码或输入绑定码绑定本学会。</Text>
                {c.society.contact || c.society.phone ? (
                  <Text className="code-card__contact">{[c.society.contact, c.society.phone].filter(Boolean).join(' · ')}</Text>
                ) : null}
              </View>
            </View>
          </View>
        ))}
      </View>
      <LoadMore {...page.more} />
    </View>
  )
}
