import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'

/**
 * Home's own plain controls (View, Text and SCSS), so that the main package's one page paints without NutUI.
 * They look like the NutUI ones the subpackages use (科协 blue, 8 px corners, 44 px rows).
 */

export function HomeButton({ children, outline, onClick }: { children: ReactNode; outline?: boolean; onClick: () => void }) {
  return (
    <View
      className={`home-button${outline ? ' home-button--outline' : ''}`}
      hoverClass="home-button--pressed"
      ariaRole="button"
      onClick={onClick}
    >
      <Text className="home-button__text">{children}</Text>
    </View>
  )
}

export function HomeCell(props: { title: string; description?: string; extra: ReactNode; onClick: () => void }) {
  return (
    <View className="home-cell" hoverClass="home-cell--pressed" ariaRole="button" onClick={props.onClick}>
      <View className="home-cell__main">
        <Text className="home-cell__title">{props.title}</Text>
        {props.description ? <Text className="home-cell__description">{props.description}</Text> : null}
      </View>
      <View className="home-cell__extra">{props.extra}</View>
    </View>
  )
}

export function HomeCellGroup({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <View className="home-cell-group">
      {title ? <Text className="home-cell-group__title">{title}</Text> : null}
      <View className="home-cell-group__body">{children}</View>
    </View>
  )
}

export function HomeProgress({ percent }: { percent: number }) {
  return (
    <View className="home-progress">
      <View className="home-progress__bar" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
    </View>
  )
}

/** Waiting for the role, in the same words as the shared PageState. */
export function HomeWaiting() {
  return (
    <View className="home-waiting">
      <Text className="home-waiting__text">加载中…</Text>
    </View>
  )
}
