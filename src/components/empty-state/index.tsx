import type { ReactNode } from 'react'
import { Image } from '@tarojs/components'
// eslint-disable-next-line no-restricted-imports -- the one place that may use NutUI's Empty: it always passes an image
import { Empty } from '@nutui/nutui-react-taro'
import emptyPicture from './empty.png'

export interface EmptyStateProps {
  title: string
  /** What to do next. */
  description: string
  /** Instead of the packaged picture (e.g. a glyph); never left to NutUI, whose default loads from a CDN. */
  icon?: ReactNode
  imageSize?: number
}

/** NutUI's Empty with a picture from the app's own package: nothing shown may come from outside it. */
export function EmptyState({ title, description, icon, imageSize = 80 }: EmptyStateProps) {
  const image = icon ?? <Image className="empty-state__image" src={emptyPicture} mode="aspectFit" style={{ width: '100%', height: '100%' }} />
  return <Empty image={image} imageSize={imageSize} title={title} description={description} />
}
