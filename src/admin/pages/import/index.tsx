import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../shared'
import { rememberIssuedCodes } from '../../components/issued-codes'
import { routes } from '../../../shared/routes'
import { ImportPreview } from './import-preview'
import { useImport } from './use-import'
import { PrivacyPopup } from '../../../features/privacy'
import './index.scss'

/** Far beyond MAX_IMPORT_ROWS real rows; a longer paste is refused whole, never cut (its cut end would be lost unseen). */
const PASTE_MAX_CHARS = 200_000

/** 200128 as 200,128, the same on every phone (toLocaleString depends on the JS engine's locale data). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** 导入学会: from an .xlsx / .csv file or pasted lines, previewed with every skipped row before anything is written. */
export default function ImportPage() {
  const flow = useImport()
  const [text, setText] = useState('')
  const lines = text.split('\n').filter((l) => l.trim()).length
  const tooLong = text.length > PASTE_MAX_CHARS

  const confirm = async () => {
    const done = await flow.confirm()
    if (!done) return
    rememberIssuedCodes(`导入完成：登记 ${done.created.length} 个学会${done.skipped.length ? `，跳过 ${done.skipped.length} 行` : ''}`, done.created)
    await Taro.redirectTo({ url: routes.adminCodes() })
  }

  return (
    <View className="import">
      <PrivacyPopup />
      <Text className="import__title">导入学会</Text>
      {flow.error ? <Text className="import__error">{flow.error}</Text> : null}
      {flow.preview ? (
        <ImportPreview preview={flow.preview} importing={flow.busy === 'importing'} onConfirm={() => void confirm()} onBack={flow.reset} />
      ) : (
        <>
          <View className="import__card">
            <Text className="import__heading">从文件导入</Text>
            <Text className="import__help">
              Excel（.xlsx）或 CSV（UTF-8 或 GBK 均可），第一行为表头，含“{IMPORT_COLUMNS.name}”列（必填），可含“{IMPORT_COLUMNS.contact}”“
              {IMPORT_COLUMNS.phone}”列，顺序不限，其他列忽略。文件不超过 {MAX_IMPORT_BYTES / 1024 / 1024} MB、{MAX_IMPORT_ROWS} 行。
            </Text>
            <Button type="primary" loading={flow.busy === 'reading'} disabled={flow.busy !== null} onClick={() => void flow.fromFile()}>
              选择文件
            </Button>
          </View>
          <View className="import__card">
            <Text className="import__heading">或粘贴名单</Text>
            <Text className="import__help">从 Excel 复制几列粘贴到这里，或每行输入“学会名称,联系人,联系电话”。第一行可以是表头。</Text>
            <TextArea
              className="import__paste"
              value={text}
              placeholder={'自治区气象学会\t王老师\t13800138000'}
              maxLength={-1}
              aria-label="粘贴名单"
              onChange={setText}
            />
            <Text className={`import__counter${lines > MAX_IMPORT_ROWS || tooLong ? ' import__counter--over' : ''}`}>
              {lines} / {MAX_IMPORT_ROWS} 行
            </Text>
            {tooLong ? (
              <Text className="import__error">
                粘贴名单过长（{grouped(text.length)}字，最多{grouped(PASTE_MAX_CHARS)}字），请分批粘贴或改用文件导入
              </Text>
            ) : null}
            <Button disabled={flow.busy !== null || lines === 0 || lines > MAX_IMPORT_ROWS + 1 || tooLong} onClick={() => void flow.fromPaste(text)}>
              预览
            </Button>
          </View>
        </>
      )}
    </View>
  )
}
