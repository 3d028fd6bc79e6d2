import { Text, View } from '@tarojs/components'

export interface Column {
  label: string
  value: number
}

/** A histogram drawn with plain views: one column per bin, its height against the tallest. */
export function ColumnChart({ columns, unit }: { columns: readonly Column[]; unit: string }) {
  const top = Math.max(1, ...columns.map((c) => c.value))
  return (
    <View className="dash-columns" aria-label="总分分布">
      <View className="dash-columns__row">
        {columns.map((c) => (
          <View key={c.label} className="dash-columns__col">
            <Text className="dash-columns__value">{c.value > 0 ? c.value : ''}</Text>
            <View className="dash-columns__track">
              <View className="dash-columns__bar" style={{ height: `${(c.value / top) * 100}%` }} />
            </View>
            <Text className="dash-columns__label">{c.label}</Text>
          </View>
        ))}
      </View>
      <Text className="dash-columns__unit">{unit}</Text>
    </View>
  )
}

export interface Meter {
  key: string
  label: string
  value: number
  max: number
  /** Indented (a B group under its A group). */
  nested?: boolean
}

/** Horizontal bars: a value against its maximum, the share written beside. */
export function MeterList({ meters }: { meters: readonly Meter[] }) {
  return (
    <View className="dash-meters">
      {meters.map((m) => {
        const share = m.max > 0 ? Math.min(1, m.value / m.max) : 0
        return (
          <View key={m.key} className={`dash-meters__row${m.nested ? ' dash-meters__row--nested' : ''}`}>
            <View className="dash-meters__head">
              <Text className="dash-meters__label">{m.label}</Text>
              <Text className="dash-meters__figure">
                {m.value} / {m.max}（{Math.round(share * 100)}%）
              </Text>
            </View>
            <View className="dash-meters__track">
              <View className={`dash-meters__bar${share < 0.6 ? ' dash-meters__bar--low' : ''}`} style={{ width: `${share * 100}%` }} />
            </View>
          </View>
        )
      })}
    </View>
  )
}
