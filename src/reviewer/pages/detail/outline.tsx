import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Popup } from '@nutui/nutui-react-taro'
import type { Rubric } from '../../../shared'
import './outline.scss'

/** The anchor of a group heading on the detail page, for the outline to scroll to. */
export const groupAnchor = (groupId: string) => `review-group-${groupId}`

/** A floating 目录 button: the form's A and B groups, a tap away each. */
export function Outline({ rubric }: { rubric: Rubric }) {
  const [open, setOpen] = useState(false)
  const jump = (groupId: string) => {
    setOpen(false)
    // At once: Taro's H5 animation runs one frame past its end and overshoots (the heading hidden above the screen).
    void Taro.pageScrollTo({ selector: `#${groupAnchor(groupId)}`, duration: 0 })
  }
  return (
    <>
      <View className="review-outline__button" onClick={() => setOpen(true)} aria-label="目录">
        目录
      </View>
      <Popup visible={open} position="bottom" round title="目录" closeable onClose={() => setOpen(false)}>
        <View className="review-outline">
          {rubric.aGroups.map((a) => (
            <View key={a.id} className="review-outline__group">
              <Text className="review-outline__a" onClick={() => jump(a.id)}>
                {a.id} {a.name}
              </Text>
              <View className="review-outline__bs">
                {a.bGroups.map((b) => (
                  <Text key={b.id} className="review-outline__b" onClick={() => jump(b.id)}>
                    {b.id} {b.name}
                  </Text>
                ))}
              </View>
            </View>
          ))}
        </View>
      </Popup>
    </>
  )
}
