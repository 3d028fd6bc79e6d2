/** Photos are scaled down on the device so that their long edge is about this many pixels. */
export const LONG_EDGE_PX = 1600
export const JPEG_QUALITY = 0.8

/** The size that fits `width × height` within the long edge, never enlarged. */
export function scaledSize(width: number, height: number, longEdge = LONG_EDGE_PX): { width: number; height: number } {
  const scale = Math.min(1, longEdge / Math.max(width, height))
  return { width: Math.round(width * scale), height: Math.round(height * scale) }
}

/** A fresh file name that evidence paths accept (`[A-Za-z0-9_-]{1,64}.jpg`). */
export function photoFileName(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.jpg`
}
