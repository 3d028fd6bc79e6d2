import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Image, Text, View } from '@tarojs/components'
import { MAX_PHOTOS_PER_ITEM, type SubmissionView } from '../../shared'
import { callAction } from '../../services/cloud'
import { choosePhotos } from '../../features/photos'
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
}

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
            <Text className="evidence-photos__status">上传失败</Text>
            <View className="evidence-photos__retry" onClick={onRetry}>
              重试
            </View>
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

/** An item's evidence photos: thumbnails, add (camera or album), upload with progress and retry, preview, delete. */
export default function EvidencePhotos({ year, societyId, itemId, fileIds, editable, onChange }: EvidencePhotosProps) {
  const { urls, failed: urlsFailed } = usePhotoUrls(fileIds)
  const uploads = usePendingPhotos({ year, societyId, itemId }, onChange)
  const [removing, setRemoving] = useState<string | null>(null)
  const count = fileIds.length + uploads.pending.length
  const canAdd = editable && count < MAX_PHOTOS_PER_ITEM

  const add = async () => {
    try {
      const paths = await choosePhotos(MAX_PHOTOS_PER_ITEM - count)
      uploads.add(paths.slice(0, MAX_PHOTOS_PER_ITEM - count))
    } catch {
      void Taro.showToast({ title: '无法打开相机或相册', icon: 'none' })
    }
  }

  const preview = (current: string) => {
    const all = [...fileIds.map((id) => urls[id]), ...uploads.pending.map((p) => p.localPath ?? p.sourcePath)]
    void Taro.previewImage({ current, urls: all.filter((u): u is string => Boolean(u)) })
  }

  const remove = async (fileId: string) => {
    const { confirm } = await Taro.showModal({ title: '删除照片', content: '确定删除这张照片吗？', confirmText: '删除', confirmColor: '#fa2c19' })
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
        <Text className="evidence-photos__title">证明照片</Text>
        <Text className="evidence-photos__count">
          {count}/{MAX_PHOTOS_PER_ITEM}
        </Text>
      </View>
      {!editable && count === 0 ? <Text className="evidence-photos__empty">未上传证明照片</Text> : null}
      <View className="evidence-photos__grid">
        {fileIds.map((id) => {
          const url = urls[id]
          return (
            <View key={id} className="evidence-photos__tile">
              {url ? (
                <Image className="evidence-photos__image" src={url} mode="aspectFill" onClick={() => preview(url)} />
              ) : (
                <Text className="evidence-photos__placeholder">{urlsFailed ? '无法加载' : '加载中…'}</Text>
              )}
              {removing === id ? (
                <View className="evidence-photos__overlay">
                  <Text className="evidence-photos__status">删除中…</Text>
                </View>
              ) : null}
              {editable && removing !== id ? (
                <View className="evidence-photos__remove" aria-label="删除照片" onClick={() => void remove(id)}>
                  ×
                </View>
              ) : null}
            </View>
          )
        })}
        {uploads.pending.map((photo) => (
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
    </View>
  )
}
