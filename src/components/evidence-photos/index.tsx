import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { MAX_PHOTOS_PER_ITEM, RECHECK_ADDITION, evidenceKindOf, type DuplicateUse, type EvidenceFileInfo, type SubmissionView } from '../../shared'
import { callAction } from '../../services/cloud'
import { choosePhotos } from '../../features/photos'
import { checkChosenDocument, chooseDocuments } from '../../features/documents'
import { PrivacyPopup, isPrivacyRefusal, tellPrivacyRefused } from '../../features/privacy'
import { DocumentChips } from './document-chips'
import { DuplicateFlags } from './duplicate-flags'
import { usePhotoUrls } from './photo-urls'
import { usePendingPhotos, type PendingPhoto } from './use-pending-photos'
import './index.scss'

export interface EvidencePhotosProps {
  year: number
  societyId: string
  itemId: string
  fileIds: string[]
  editable: boolean
  onChange(view: SubmissionView): void
  /** What the server read of each file (documents' names and sizes). */
  files?: Readonly<Record<string, EvidenceFileInfo>>
  /** Where else each photo is used (the view's `duplicates`). */
  duplicates?: Readonly<Record<string, readonly DuplicateUse[]>>
  /** Which files may be removed while editable (default: all); during a 复核 only those added for it. */
  removable?(fileId: string): boolean
}

const NO_FILES: Readonly<Record<string, EvidenceFileInfo>> = {}
const NO_DUPLICATES: Readonly<Record<string, readonly DuplicateUse[]>> = {}

const STAGE_LABEL: Record<Exclude<PendingPhoto['stage'], 'failed'>, string> = {
  compressing: '压缩中…',
  uploading: '上传中',
  registering: '保存中…',
}

function PendingTile({ photo, onRetry, onDiscard }: { photo: PendingPhoto; onRetry(): void; onDiscard(): void }) {
  const failed = photo.stage === 'failed'
  return (
    <View className="evidence-photos__tile">
      <Image className="evidence-photos__image" src={photo.localPath ?? photo.sourcePath} mode="aspectFill" />
      <View className={`evidence-photos__overlay${failed ? ' evidence-photos__overlay--failed' : ''}`}>
        {failed ? (
          <>
            <Text className="evidence-photos__status">{photo.refusal ? '未保存' : '上传失败'}</Text>
            {photo.refusal ? null : (
              <View className="evidence-photos__retry" onClick={onRetry}>
                重试
              </View>
            )}
          </>
        ) : (
          <>
            <Text className="evidence-photos__status">
              {STAGE_LABEL[photo.stage]}
              {photo.stage === 'uploading' ? ` ${Math.round(photo.progress)}%` : ''}
            </Text>
            <View className="evidence-photos__bar">
              <View className="evidence-photos__bar-fill" style={{ width: `${photo.progress}%` }} />
            </View>
          </>
        )}
      </View>
      {failed ? (
        <View className="evidence-photos__remove" aria-label="放弃这张照片" onClick={onDiscard}>
          ×
        </View>
      ) : null}
    </View>
  )
}

/**
 * An item's evidence: photo thumbnails (camera or album; upload with progress and retry, preview, delete) and
 * document chips (PDF, Word, Excel from a WeChat chat or a file picker), at most 9 in all; a file storage no
 * longer has shows as missing; photos also used elsewhere are flagged.
 */
export default function EvidencePhotos(props: EvidencePhotosProps) {
  const { year, societyId, itemId, fileIds, editable, onChange, files = NO_FILES, duplicates = NO_DUPLICATES } = props
  const removable = (id: string) => editable && (props.removable?.(id) ?? true)
  const { urls, failed: urlsFailed, missing } = usePhotoUrls(fileIds)
  const [broken, setBroken] = useState<ReadonlySet<string>>(new Set())
  const uploads = usePendingPhotos({ year, societyId, itemId }, onChange)
  const [removing, setRemoving] = useState<string | null>(null)
  const photoIds = fileIds.filter((id) => evidenceKindOf(id) === 'photo')
  const documentIds = fileIds.filter((id) => evidenceKindOf(id) === 'document')
  const pendingPhotos = uploads.pending.filter((p) => !p.document)
  const pendingDocuments = uploads.pending.filter((p) => p.document)
  const count = fileIds.length + uploads.pending.length
  const room = MAX_PHOTOS_PER_ITEM - count
  const canAdd = editable && room > 0
  const isMissing = (id: string) => missing.has(id) || broken.has(id)

  const add = async () => {
    try {
      const paths = await choosePhotos(room)
      uploads.add(paths.slice(0, room))
    } catch (e) {
      if (isPrivacyRefusal(e)) return tellPrivacyRefused('photos')
      void Taro.showToast({ title: '无法打开相机或相册', icon: 'none' })
    }
  }

  const addDocuments = async () => {
    let chosen
    try {
      chosen = (await chooseDocuments(room)).slice(0, room)
    } catch (e) {
      if (isPrivacyRefusal(e)) return tellPrivacyRefused('documents')
      return void Taro.showToast({ title: '无法打开聊天文件', icon: 'none' })
    }
    const checked = chosen.map((doc) => ({ doc, check: checkChosenDocument(doc) }))
    const refused = checked.flatMap(({ check }) => (check.ok ? [] : [check.message]))
    if (refused.length > 0) void Taro.showModal({ title: '有文件不能上传', content: refused.join('\n'), showCancel: false })
    uploads.addDocuments(checked.flatMap(({ doc, check }) => (check.ok ? [{ ...doc, extension: check.extension }] : [])))
  }

  const preview = (current: string) => {
    const all = [...photoIds.map((id) => urls[id]), ...pendingPhotos.map((p) => p.localPath ?? p.sourcePath)]
    void Taro.previewImage({ current, urls: all.filter((u): u is string => Boolean(u)) })
  }

  const remove = async (fileId: string) => {
    const what = evidenceKindOf(fileId) === 'document' ? '文件' : '照片'
    const { confirm } = await Taro.showModal({ title: `删除${what}`, content: `确定删除这个${what}吗？`, confirmText: '删除', confirmColor: '#fa2c19' })
    if (!confirm) return
    setRemoving(fileId)
    try {
      onChange(await callAction('submission.removePhoto', { year, itemId, fileId }))
    } catch (e) {
      void Taro.showToast({ title: e instanceof Error ? e.message : '删除失败，请重试', icon: 'none' })
    } finally {
      setRemoving(null)
    }
  }

  return (
    <View className="evidence-photos">
      <View className="evidence-photos__header">
        <Text className="evidence-photos__title">证明材料</Text>
        <Text className="evidence-photos__count">
          {count}/{MAX_PHOTOS_PER_ITEM}
        </Text>
      </View>
      {!editable && count === 0 ? <Text className="evidence-photos__empty">未上传证明材料</Text> : null}
      <View className="evidence-photos__grid">
        {photoIds.map((id, index) => {
          const url = urls[id]
          const gone = isMissing(id)
          return (
            <View key={id} className={`evidence-photos__tile${gone ? ' evidence-photos__tile--missing' : ''}`}>
              {url && !gone ? (
                <Image
                  className="evidence-photos__image"
                  src={url}
                  mode="aspectFill"
                  onClick={() => preview(url)}
                  onError={() => setBroken((s) => new Set(s).add(id))}
                />
              ) : (
                <Text className="evidence-photos__placeholder">{gone ? '照片已丢失' : urlsFailed ? '无法加载' : '加载中…'}</Text>
              )}
              {duplicates[id]?.length ? <Text className="evidence-photos__dup">重复 {index + 1}</Text> : null}
              {files[id]?.forRecheck ? <Text className="evidence-photos__new">{RECHECK_ADDITION}</Text> : null}
              {removing === id ? (
                <View className="evidence-photos__overlay">
                  <Text className="evidence-photos__status">删除中…</Text>
                </View>
              ) : null}
              {removable(id) && removing !== id ? (
                <View className="evidence-photos__remove" aria-label="删除照片" onClick={() => void remove(id)}>
                  ×
                </View>
              ) : null}
            </View>
          )
        })}
        {pendingPhotos.map((photo) => (
          <PendingTile
            key={photo.key}
            photo={photo}
            onRetry={() => uploads.retry(photo.key)}
            onDiscard={() => uploads.discard(photo.key)}
          />
        ))}
        {canAdd ? (
          <View className="evidence-photos__tile evidence-photos__add" aria-label="添加照片" onClick={() => void add()}>
            <Text className="evidence-photos__plus">+</Text>
            <Text className="evidence-photos__add-label">拍照或相册</Text>
          </View>
        ) : null}
      </View>
      {pendingPhotos.map((photo) =>
        photo.refusal ? (
          <Text key={photo.key} className="evidence-photos__refusal">
            {photo.refusal}
          </Text>
        ) : null,
      )}
      <DuplicateFlags itemId={itemId} photoIds={photoIds} duplicates={duplicates} />
      <DocumentChips
        fileIds={documentIds}
        files={files}
        urls={urls}
        missing={missing}
        pending={pendingDocuments}
        removable={removable}
        removing={removing}
        onRemove={(id) => void remove(id)}
        onRetry={uploads.retry}
        onDiscard={uploads.discard}
      />
      {canAdd ? (
        <View className="evidence-photos__add-doc" aria-label="添加文件" onClick={() => void addDocuments()}>
          <Text className="evidence-photos__add-doc-label">{`+ 添加文件（PDF、Word、Excel，每个不超过20\u00a0MB）`}</Text>
        </View>
      ) : null}
      {editable ? <PrivacyPopup /> : null}
    </View>
  )
}
