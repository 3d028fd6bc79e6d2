import { useEffect, useMemo, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { SocietyAdminView } from '../../../shared'
import { callAction } from '../../../services/cloud'
import { EmptyState } from '../../../components/empty-state'
import LoadMore from '../../../components/load-more'
import { useShownRows } from '../../../components/load-more/use-shown-rows'
import { PageState, loadErrorText } from '../../../components/page-state'
import { Chips } from '../../../components/chips'
import { errorText } from '../../components/field-check'
import { rememberIssuedCodes } from '../../components/issued-codes'
import { routes } from '../../../shared/routes'
import { FILTERS, PAGE_ROWS, filterSocieties, type SocietyFilter } from './society-filter'
import { SocietyForm, type SocietyFields } from './society-form'
import { SocietyRow } from './society-row'
import { YearPicker } from '../../../components/year-picker'
import { YearNotRead } from '../../../components/year-picker/year-not-read'
import { useCurrentYear } from '../../../features/account'
import './index.scss'

const BLANK: SocietyFields = { name: '', contact: '', phone: '' }

/** 学会管理: every society with its status and bound users; search, add, edit, deactivate, reissue codes. */
export default function SocietiesPage() {
  const currentYear = useCurrentYear()
  const [picked, setPicked] = useState<number | null>(null)
  const year = picked ?? currentYear
  const [societies, setSocieties] = useState<SocietyAdminView[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [filter, setFilter] = useState<SocietyFilter>('all')
  const [search, setSearch] = useState('')
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [editing, setEditing] = useState<SocietyAdminView | 'new' | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // The year the rows' statuses are of; years picked in quick turns answer in any order, the last asked wins.
  const [listedYear, setListedYear] = useState<number | null>(null)
  const asked = useRef(year)
  const load = async () => {
    asked.current = year
    setLoadError(null)
    try {
      const { societies: listed } = await callAction('admin.listSocieties', { year })
      if (asked.current !== year) return
      setSocieties(listed)
      setListedYear(year)
    } catch (e) {
      if (asked.current === year) setLoadError(loadErrorText(e))
    }
  }
  useEffect(() => void load(), [year])

  const visible = useMemo(() => filterSocieties(societies ?? [], filter, search), [societies, filter, search])
  const page = useShownRows(visible, PAGE_ROWS, `${filter}|${search}`)

  // An edit answers with the current year's status: the year shown keeps its own.
  const replace = (updated: SocietyAdminView) =>
    setSocieties((list) => list && list.map((s) => (s.id === updated.id ? { ...updated, status: s.status } : s)))
  const select = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  const save = async (fields: SocietyFields) => {
    setBusy(true)
    setFormError(null)
    try {
      if (editing === 'new') {
        const issued = await callAction('admin.registerSociety', fields)
        setSocieties((list) => [...(list ?? []), issued.society])
        rememberIssuedCodes(`新登记：${issued.society.name}`, [issued])
        setEditing(null)
        await Taro.navigateTo({ url: routes.adminCodes() })
      } else if (editing) {
        replace(await callAction('admin.updateSociety', { societyId: editing.id, ...fields }))
        setEditing(null)
        void Taro.showToast({ title: '已保存', icon: 'success' })
      }
    } catch (e) {
      setFormError(errorText(e, '保存失败，请重试'))
    } finally {
      setBusy(false)
    }
  }

  const toggleActive = async (s: SocietyAdminView) => {
    const { confirm } = await Taro.showModal({
      title: s.active ? `停用“${s.name}”？` : `恢复“${s.name}”？`,
      content: s.active ? '停用后该学会不能再绑定和保存自评表，已填写的数据保留，可随时恢复。' : '恢复后该学会可以继续绑定和填写。',
      confirmText: s.active ? '停用' : '恢复',
    })
    if (!confirm) return
    try {
      replace(await callAction('admin.updateSociety', { societyId: s.id, active: !s.active }))
    } catch (e) {
      void Taro.showToast({ title: errorText(e), icon: 'none' })
    }
  }

  const reissue = async (ids: string[]) => {
    const { confirm } = await Taro.showModal({
      title: `重发 ${ids.length} 个学会的绑定码？`,
      content: '旧绑定码将立即作废（已绑定的填报人不受影响）。新码只显示这一次，请下载绑定码表发给学会。',
      confirmText: '重发',
    })
    if (!confirm) return
    try {
      const { codes } = await callAction('admin.reissueCodes', { societyIds: ids })
      rememberIssuedCodes(`重发绑定码：${codes.length} 个学会`, codes)
      setSelected(new Set())
      await Taro.navigateTo({ url: routes.adminCodes() })
    } catch (e) {
      void Taro.showToast({ title: errorText(e), icon: 'none' })
    }
  }

  if (!societies) return <PageState error={loadError} onRetry={() => void load()} />
  if (listedYear !== year) {
    return (
      <View className="societies">
        <YearPicker value={year} onChange={setPicked} />
        <Text className="societies__title">学会管理</Text>
        <YearNotRead error={loadError} onRetry={() => void load()} />
      </View>
    )
  }
  const inactive = societies.filter((s) => !s.active).length
  const allVisibleSelected = visible.length > 0 && visible.every((s) => selected.has(s.id))

  return (
    <View className="societies">
      <YearPicker value={year} onChange={setPicked} />
      <Text className="societies__title">学会管理</Text>
      <Text className="societies__note">
        共 {societies.length} 个学会{inactive ? `（其中停用 ${inactive} 个）` : ''}，已绑定 {societies.filter((s) => s.boundUsers > 0).length} 个
      </Text>
      <View className="societies__toolbar">
        <Button type="primary" size="small" onClick={() => (setFormError(null), setEditing('new'))}>
          添加学会
        </Button>
        <Button size="small" onClick={() => void Taro.navigateTo({ url: routes.adminImport() })}>
          批量导入
        </Button>
      </View>
      <Input className="societies__search" value={search} placeholder="搜索学会名称、联系人或电话" clearable aria-label="搜索学会" onChange={setSearch} />
      <Chips options={FILTERS} value={filter} onChange={setFilter} />

      {societies.length === 0 ? (
        <EmptyState icon={<Text className="societies__empty-icon">＋</Text>} imageSize={72} title="还没有登记学会" description="点“添加学会”逐个登记，或点“批量导入”从 Excel / CSV 名单导入。" />
      ) : visible.length === 0 ? (
        <EmptyState icon={<Text className="societies__empty-icon">?</Text>} imageSize={72} title="没有符合条件的学会" description="换个筛选或搜索词试试。" />
      ) : (
        <>
          <View className="societies__bar">
            <Text className="societies__count">
              {search || filter !== 'all' ? `找到 ${visible.length} 个` : `按名称排列`}
            </Text>
            <Text
              className="societies__select-all"
              onClick={() => setSelected(allVisibleSelected ? new Set() : new Set(visible.map((s) => s.id)))}
            >
              {allVisibleSelected ? '取消全选' : `全选这 ${visible.length} 个`}
            </Text>
          </View>
          {page.visible.map((s) => (
            <SocietyRow
              key={s.id}
              society={s}
              selected={selected.has(s.id)}
              onSelect={(on) => select(s.id, on)}
              onEdit={() => (setFormError(null), setEditing(s))}
              onToggleActive={() => void toggleActive(s)}
              onReissue={() => void reissue([s.id])}
            />
          ))}
          <LoadMore {...page.more} />
        </>
      )}

      {selected.size > 0 ? (
        <View className="societies__selection">
          <Text className="societies__selection-text">已选 {selected.size} 个学会</Text>
          <Button size="small" type="primary" onClick={() => void reissue([...selected])}>
            重发绑定码
          </Button>
          <Button size="small" fill="none" onClick={() => setSelected(new Set())}>
            取消
          </Button>
        </View>
      ) : null}

      <SocietyForm
        visible={editing !== null}
        title={editing === 'new' ? '添加学会' : '编辑学会'}
        confirmText={editing === 'new' ? '添加' : '保存'}
        note={editing === 'new' ? '添加后生成本学会的绑定码，只显示这一次，请下载或打印后发给学会。' : undefined}
        initial={editing && editing !== 'new' ? { name: editing.name, contact: editing.contact, phone: editing.phone } : BLANK}
        serverError={formError}
        busy={busy}
        onCancel={() => setEditing(null)}
        onSubmit={(fields) => void save(fields)}
      />
    </View>
  )
}
