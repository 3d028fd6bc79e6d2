import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import {
  MAX_GRADE_LABEL_CHARS,
  bandProblems,
  bandRangeProblems,
  charCount,
  findRubric,
  readTypedNumber,
  type GradeBand,
  type YearSettings,
} from '../../../shared'
import { callAction } from '../../../services/cloud'
import { failureText } from './use-year-settings'

interface Row {
  label: string
  min: string
}

const toRows = (bands: readonly GradeBand[]): Row[] => bands.map((b) => ({ label: b.label, min: String(b.min) }))

/** Problems with the rows as typed, named the way the server names them, before anything is sent. */
function rowProblems(rows: readonly Row[], total: number): { bands: GradeBand[]; problems: string[] } {
  const problems: string[] = []
  const bands = rows.map((row, i) => {
    const min = readTypedNumber(row.min) ?? NaN
    const label = row.label.trim()
    const chars = charCount(label)
    if (!label) problems.push(`等级划分：第${i + 1}档的等级名称不能为空`)
    else if (chars > MAX_GRADE_LABEL_CHARS) problems.push(`等级划分：第${i + 1}档的等级名称不能超过${MAX_GRADE_LABEL_CHARS}字（现有${chars}字）`)
    if (!Number.isFinite(min) || min < 0) problems.push(`等级划分：第${i + 1}档的分数线应为不小于0的数字`)
    return { label, min }
  })
  return { bands, problems: problems.length > 0 ? problems : [...bandProblems(bands), ...bandRangeProblems(bands, total)] }
}

/** The year's grade bands (优秀 ≥ 90 …), highest first, checked as they are typed. */
export function GradeBandsCard({ year, onSaved }: { year: YearSettings; onSaved(y: YearSettings): void }) {
  const [rows, setRows] = useState<Row[]>(toRows(year.gradeBands))
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setRows(toRows(year.gradeBands)), [year])
  const { bands, problems } = rowProblems(rows, findRubric(year.year)?.total ?? Infinity)
  const changed = JSON.stringify(bands) !== JSON.stringify(year.gradeBands)
  const closed = year.status === 'closed'
  const edit = (i: number, patch: Partial<Row>) => setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)))

  const save = async () => {
    setError(null)
    try {
      onSaved(await callAction('admin.updateYear', { year: year.year, gradeBands: bands }))
      void Taro.showToast({ title: '等级划分已保存', icon: 'none' })
    } catch (e) {
      setError(failureText(e))
    }
  }

  return (
    <View className="years__card">
      <Text className="years__card-title">等级划分</Text>
      <Text className="years__hint">按最终总分从高到低，达到分数线即为该等级；最低一档的分数线为0。</Text>
      {rows.map((row, i) => (
        <View key={i} className="years__band">
          <Input
            className="years__band-label"
            value={row.label}
            disabled={closed}
            aria-label={`第${i + 1}档等级名称`}
            onChange={(label) => edit(i, { label })}
          />
          <Text className="years__band-sep">≥</Text>
          <Input
            className="years__band-min"
            // Plain text: NutUI's digit box drops what is not a digit, so "79,5" became 795 and "1e2" 12 unseen.
            type="text"
            value={row.min}
            disabled={closed}
            aria-label={`第${i + 1}档分数线`}
            onChange={(min) => edit(i, { min })}
          />
          <Text className="years__band-unit">分</Text>
          {!closed && rows.length > 1 && (
            <Button size="small" fill="none" onClick={() => setRows((r) => r.filter((_row, j) => j !== i))}>
              删除
            </Button>
          )}
        </View>
      ))}
      {problems.map((p) => (
        <Text key={p} className="years__error">
          {p}
        </Text>
      ))}
      {error && <Text className="years__error">{error}</Text>}
      {!closed && (
        <View className="years__row">
          <Button size="small" fill="outline" disabled={rows.length >= 10} onClick={() => setRows((r) => [...r, { label: '', min: '0' }])}>
            添加一档
          </Button>
          <Button size="small" type="primary" disabled={!changed || problems.length > 0} onClick={() => void save()}>
            保存等级划分
          </Button>
        </View>
      )}
    </View>
  )
}
