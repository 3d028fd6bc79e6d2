import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { MAX_RECHECK_REASON_CHARS, addedForRecheck, rubricItems, tooLongMessage, type EvidenceChanged, type Rubric, type SubmissionView } from '../../shared'
import { callAction } from '../../services/cloud'
import { LimitedText } from '../../components/limited-text'
import { formatPoints } from '../../components/score-badge'
import EvidencePhotos from '../../components/evidence-photos'
import { applyEvidenceChanged } from '../../features/draft/apply-evidence'
import { uploadsOf, usePendingUploads } from '../../components/evidence-photos/pending-uploads'

/** The first problem of the request, naming the item, before anything is sent; null when it can go. */
function problemOf(reasons: Record<string, string>): string | null {
  const ids = Object.keys(reasons)
  if (ids.length === 0) return '请至少选择一项申请复核'
  for (const id of ids) {
    if (!reasons[id]!.trim()) return `${id}：请填写复核理由`
    const tooLong = tooLongMessage(`${id}的复核理由`, reasons[id]!, MAX_RECHECK_REASON_CHARS)
    if (tooLong) return tooLong
  }
  return null
}

interface RecheckFormProps {
  view: SubmissionView
  rubric: Rubric
  onCancel(): void
  /** The request was sent, or evidence was added or removed before it: the form's new view. */
  onChange(view: SubmissionView): void
}

/**
 * 申请复核: tick the disputed items, a reason for each, add evidence to them if wanted (only what is added now
 * can be removed again), then send once (a society asks once a year). Items given new evidence stay ticked.
 */
export function RecheckForm({ view, rubric, onCancel, onChange }: RecheckFormProps) {
  const added = addedForRecheck(view.evidence, view.files)
  const [reasons, setReasons] = useState<Record<string, string>>(() => Object.fromEntries(Object.keys(added).map((id) => [id, ''])))
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const pendingFiles = uploadsOf(usePendingUploads(), view.year, view.societyId)
  /** A file added or removed: applied to the view, or the view read again when it misses another change. */
  const evidenceChanged = async (answer: EvidenceChanged) => {
    const next = applyEvidenceChanged(view, answer)
    try {
      onChange(next ?? (await callAction('submission.result', { year: view.year })))
    } catch {
      void Taro.showToast({ title: '材料已保存，刷新页面可看到最新内容', icon: 'none' })
    }
  }
  const toggle = (id: string) => {
    if (id in reasons && added[id]) {
      return void Taro.showToast({ title: `${id}补充了证明材料，请先删除补充的材料再取消`, icon: 'none' })
    }
    setError(null)
    setReasons((r) => {
      const next = { ...r }
      if (id in next) delete next[id]
      else next[id] = ''
      return next
    })
  }

  const send = async () => {
    // A file of a chosen item still on its way, or failed, would be left out (none can be added after the request).
    const chosen = (p: { target: { itemId: string } }) => p.target.itemId in reasons
    const underway = pendingFiles.underway.filter(chosen)
    const failed = [...new Set(pendingFiles.failed.filter(chosen).map((p) => p.target.itemId))]
    const problem =
      underway.length > 0
        ? `还有${underway.length}个证明材料正在上传，上传完成后再提交`
        : failed.length > 0
          ? `${failed.join('、')}有证明材料未上传成功，请重试或删除后再提交`
          : problemOf(reasons)
    setError(problem)
    if (problem) return
    const ids = Object.keys(reasons)
    const { confirm } = await Taro.showModal({
      title: '提交复核申请',
      content: `对${ids.join('、')}共${ids.length}项申请复核。每个年度只能申请一次，提交后不能修改。`,
      confirmText: '提交',
      confirmColor: '#1f6fd6',
    })
    if (!confirm) return
    setSending(true)
    try {
      onChange(await callAction('submission.requestRecheck', { year: view.year, items: reasons }))
      void Taro.showToast({ title: '复核申请已提交', icon: 'none' })
    } catch (e) {
      setError(e instanceof Error ? e.message : '提交失败，请重试')
    } finally {
      setSending(false)
    }
  }

  return (
    <View className="recheck-form">
      <Text className="recheck-form__hint">
        点选有异议的指标，逐项写明理由（每项不超过{MAX_RECHECK_REASON_CHARS}字），可为这些指标补充证明材料（提交申请前可删除新补充的材料）。
      </Text>
      {rubricItems(rubric).map((item) => {
        const chosen = item.id in reasons
        const final = view.finalScore?.items[item.id] ?? 0
        return (
          <View key={item.id} className={`recheck-form__item${chosen ? ' recheck-form__item--on' : ''}`}>
            <View className="recheck-form__row" ariaRole="checkbox" ariaLabel={`${item.id} ${chosen ? "已选" : "未选"}`} onClick={() => toggle(item.id)}>
              <Text className="recheck-form__box">{chosen ? '✓' : ''}</Text>
              <Text className="recheck-form__name">
                {item.id} {item.indicator}
              </Text>
              <Text className="recheck-form__score">
                {formatPoints(final)}/{formatPoints(item.max)}
              </Text>
            </View>
            {chosen ? (
              <LimitedText
                label="复核理由"
                max={MAX_RECHECK_REASON_CHARS}
                value={reasons[item.id]!}
                placeholder="写明理由，如补充了哪些材料"
                ariaLabel={`${item.id} 复核理由`}
                onChange={(v) => {
                  setReasons((r) => ({ ...r, [item.id]: v }))
                  setError(null)
                }}
              />
            ) : null}
            {chosen ? (
              <EvidencePhotos
                year={view.year}
                societyId={view.societyId}
                itemId={item.id}
                fileIds={view.evidence[item.id] ?? []}
                files={view.files}
                duplicates={view.duplicates}
                editable
                removable={(id) => view.files?.[id]?.forRecheck === true}
                onChange={(answer) => void evidenceChanged(answer)}
              />
            ) : null}
          </View>
        )
      })}
      {error ? <Text className="recheck-form__error">{error}</Text> : null}
      <View className="recheck-form__actions">
        <Button type="primary" block loading={sending} disabled={sending} onClick={() => void send()}>
          提交复核申请{Object.keys(reasons).length > 0 ? `（${Object.keys(reasons).length}项）` : ''}
        </Button>
        <Button block onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  )
}
