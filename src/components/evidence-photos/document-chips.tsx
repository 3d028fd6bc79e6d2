import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { DOCUMENT_LABEL, RECHECK_ADDITION, documentExtensionOf, formatBytes, type EvidenceFileInfo } from '../../shared'
import { openDocument } from '../../features/documents'
import type { PendingPhoto } from './use-pending-photos'

/** The mark of a file added during 公示 for the society's 复核 request. */

export interface DocumentChipsProps {
  fileIds: readonly string[]
  files: Readonly<Record<string, EvidenceFileInfo>>
  urls: Readonly<Record<string, string>>
  missing: ReadonlySet<string>
  pending: readonly PendingPhoto[]
  /** Whether the filler may remove this document now. */
  removable(fileId: string): boolean
  removing: string | null
  onRemove(fileId: string): void
  onRetry(key: string): void
  onDiscard(key: string): void
}

const typeLabel = (name: string) => {
  const ext = documentExtensionOf(name)
  return ext ? DOCUMENT_LABEL[ext] : '文件'
}

async function open(url: string | undefined, name: string) {
  if (!url) return void Taro.showToast({ title: '文件地址还没有取到，请稍候再试', icon: 'none' })
  try {
    await openDocument(url, name)
  } catch (e) {
    void Taro.showToast({ title: e instanceof Error ? e.message : '无法打开文件', icon: 'none' })
  }
}

function Chip(props: { name: string; type: string; detail: string; state?: 'missing' | 'failed'; onOpen?(): void; children?: React.ReactNode }) {
  return (
    <View className={`evidence-doc${props.state ? ` evidence-doc--${props.state}` : ''}`} onClick={props.onOpen}>
      <Text className={`evidence-doc__badge evidence-doc__badge--${props.type}`}>{props.type}</Text>
      <View className="evidence-doc__text">
        <Text className="evidence-doc__name">{props.name}</Text>
        <Text className="evidence-doc__detail">{props.detail}</Text>
      </View>
      {props.children}
    </View>
  )
}

/** An item's documents as chips: name, type and size; a tap opens one; uploads show progress and retry. */
export function DocumentChips({ fileIds, files, urls, missing, pending, removable, removing, onRemove, onRetry, onDiscard }: DocumentChipsProps) {
  if (fileIds.length === 0 && pending.length === 0) return null
  return (
    <View className="evidence-docs">
      {fileIds.map((id) => {
        const info = files[id]
        const name = info?.name ?? id.slice(id.lastIndexOf('/') + 1)
        const type = typeLabel(id)
        const gone = missing.has(id)
        const added = info?.forRecheck ? ` · ${RECHECK_ADDITION}` : ''
        const detail = gone
          ? '文件已丢失，请删除后重新上传'
          : `${type} · ${info ? formatBytes(info.size) : '大小未知'}${added}${removing === id ? ' · 删除中…' : ''}`
        return (
          <Chip key={id} name={name} type={type} detail={detail} state={gone ? 'missing' : undefined} onOpen={gone ? undefined : () => void open(urls[id], name)}>
            {removable(id) && removing !== id ? (
              <Text
                className="evidence-doc__remove"
                aria-label={`删除文件 ${name}`}
                onClick={(e) => {
                  e.stopPropagation()
                  onRemove(id)
                }}
              >
                ×
              </Text>
            ) : null}
          </Chip>
        )
      })}
      {pending.map((p) => {
        const doc = p.document!
        const failed = p.stage === 'failed'
        const detail = failed ? '上传失败' : p.stage === 'uploading' ? `上传中 ${Math.round(p.progress)}%` : '保存中…'
        return (
          <Chip
            key={p.key}
            name={doc.name}
            type={DOCUMENT_LABEL[doc.extension]}
            detail={p.refusal ?? `${detail} · ${formatBytes(doc.size)}`}
            state={failed ? 'failed' : undefined}
          >
            {failed ? (
              <>
                {p.refusal ? null : (
                  <Text className="evidence-doc__retry" onClick={() => onRetry(p.key)}>
                    重试
                  </Text>
                )}
                <Text className="evidence-doc__remove" aria-label={`放弃文件 ${doc.name}`} onClick={() => onDiscard(p.key)}>
                  ×
                </Text>
              </>
            ) : null}
          </Chip>
        )
      })}
    </View>
  )
}
