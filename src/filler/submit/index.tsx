import { useEffect, useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import { PageState } from '../../components/page-state'
import { FormUnavailable } from '../form-unavailable'
import { ActionError, STATUS_LABEL, getRubric, isEditable, rubricItems } from '../../shared'
import { callAction } from '../../services/cloud'
import { useDraft } from '../../features/draft'
import { useCurrentYear } from '../../features/account'
import { ClosedScreen, SubmittedScreen } from './submitted-screen'
import { ItemLinks } from './item-links'
import { ConfirmSubmit } from './confirm-submit'
import { requestNotificationConsent } from '../../features/subscribe/request-consent'
import { uploadsOf, usePendingUploads } from '../../components/evidence-photos/pending-uploads'
import './index.scss'

const incompleteOf = (e: unknown): string[] | null => {
  const list = e instanceof ActionError && e.code === 'INCOMPLETE' ? (e.details as { incomplete?: unknown })?.incomplete : null
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : null
}

export default function Submit() {
  const year = useCurrentYear(useRouter().params.year)
  const rubric = getRubric(year)
  const draft = useDraft(year)
  const [saved, setSaved] = useState<boolean | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [serverIncomplete, setServerIncomplete] = useState<string[] | null>(null)
  const allUploads = usePendingUploads()

  const flushNow = () => {
    setSaved(null)
    void draft.flush().then(setSaved)
  }
  useEffect(flushNow, [])
  useDidShow(() => setServerIncomplete(null))

  const submit = async () => {
    setConfirming(false)
    const consent = requestNotificationConsent() // first: WeChat only asks from within the tap
    setSubmitting(true)
    try {
      await consent.catch(() => undefined) // a refusal never blocks submitting
      const allSaved = await draft.flush()
      setSaved(allSaved)
      if (!allSaved) return
      draft.absorbSubmitted(await callAction('submission.submit', { year }))
      setServerIncomplete(null)
    } catch (e) {
      const incomplete = incompleteOf(e)
      if (incomplete) setServerIncomplete(incomplete)
      void Taro.showToast({ title: e instanceof Error ? e.message : '提交失败，请重试', icon: 'none' })
    } finally {
      setSubmitting(false)
    }
  }

  const { submission, report } = draft
  if (draft.unavailable) return <FormUnavailable reason={draft.unavailable} />
  if (!submission) return <PageState error={draft.loading ? null : (draft.error ?? '自评表加载失败')} onRetry={draft.reload} />
  if (!isEditable(submission.status)) return <SubmittedScreen submission={submission} onWithdrawn={draft.absorb} />
  if (draft.readOnlyReason) return <ClosedScreen reason={draft.readOnlyReason} />

  const returned = submission.status === 'returned' ? submission.returnReasons : null
  const incomplete = serverIncomplete ?? report.incomplete
  // A file still on its way (chosen, then the page left) would be refused once the form is handed in.
  const uploads = uploadsOf(allUploads, year, submission.societyId)
  const failedItems = [...new Set(uploads.failed.map((p) => p.target.itemId))]
  const waitForFiles = uploads.underway.length > 0 || uploads.failed.length > 0
  const withEvidence = Object.values(draft.evidence).filter((files) => files.length > 0).length
  return (
    <View className="submit">
      <View className="submit__header">
        <Text className="submit__society">{submission.societyName}</Text>
        <Tag type={returned ? 'danger' : 'info'}>{STATUS_LABEL[submission.status]}</Tag>
      </View>

      {returned ? (
        <View className="submit__returned">
          <Text className="submit__returned-title">审核员退回修改</Text>
          <Text className="submit__returned-reason">{returned.overall || '请按各项意见修改后重新提交。'}</Text>
        </View>
      ) : null}
      {returned && Object.keys(returned.items).length > 0 ? (
        <ItemLinks
          year={year}
          title="需要修改的指标"
          action="去修改"
          items={rubricItems(rubric).flatMap(({ id }) => (returned.items[id] ? [{ id, note: returned.items[id] }] : []))}
        />
      ) : null}

      <View className="submit__scores">
        <View className="submit__total">
          <Text className="submit__total-label">自评总分</Text>
          <Text className="submit__total-value">
            {report.total}
            <Text className="submit__total-max"> / {report.max}</Text>
          </Text>
        </View>
        {rubric.aGroups.map((a) => (
          <View key={a.id} className="submit__group">
            <Text>
              {a.id} {a.name}
            </Text>
            <Text className="submit__group-score">
              {report.groups[a.id] ?? 0} / {a.max}
            </Text>
          </View>
        ))}
      </View>

      {incomplete.length > 0 ? (
        <ItemLinks year={year} title={`还有 ${incomplete.length} 项未填写完整`} items={incomplete.map((id) => ({ id }))} />
      ) : (
        <Text className="submit__complete">全部 {Object.keys(report.items).length} 项已填写完整，可以提交。</Text>
      )}

      {saved === null ? <Text className="submit__note">正在保存最新的修改…</Text> : null}
      {saved === false ? (
        <View className="submit__warning" onClick={flushNow}>
          还有修改未保存到云端，请检查网络后点此重试。
        </View>
      ) : null}

      {uploads.underway.length > 0 ? (
        <View className="submit__warning">还有 {uploads.underway.length} 个证明材料正在上传，上传完成后才能提交。</View>
      ) : null}
      {failedItems.length > 0 ? (
        <ItemLinks
          year={year}
          title={`${uploads.failed.length} 个证明材料未上传成功：请到指标中重试或删除后再提交`}
          action="去处理"
          items={failedItems.map((id) => ({ id }))}
        />
      ) : null}

      <View className="submit__actions">
        <Button
          type="primary"
          block
          loading={submitting}
          disabled={submitting || incomplete.length > 0 || waitForFiles}
          onClick={() => setConfirming(true)}
        >
          {returned ? '重新提交' : '提交自评表'}
        </Button>
        <Text className="submit__hint">提交后表格将锁定不能修改；审核结果会通过微信消息和“消息”页通知您。</Text>
      </View>
      <ConfirmSubmit
        visible={confirming}
        resubmit={Boolean(returned)}
        total={report.total}
        max={report.max}
        itemCount={Object.keys(report.items).length}
        withEvidence={withEvidence}
        onConfirm={() => void submit()}
        onCancel={() => setConfirming(false)}
      />
    </View>
  )
}
