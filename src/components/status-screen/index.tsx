import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.scss'

interface StatusScreenProps {
  title: string
  text: string
  /** A check mark for a done state. */
  done?: boolean
  note?: string
  /** Buttons, stacked full width. */
  children?: ReactNode
}

/** A whole page that states where things stand and what to do next. */
export function StatusScreen({ title, text, done, note, children }: StatusScreenProps) {
  return (
    <View className="status-screen">
      {done ? <Text className="status-screen__icon">✓</Text> : null}
      <Text className="status-screen__title">{title}</Text>
      <Text className="status-screen__text">{text}</Text>
      {note ? <Text className="status-screen__note">{note}</Text> : null}
      {children ? <View className="status-screen__actions">{children}</View> : null}
    </View>
  )
}
