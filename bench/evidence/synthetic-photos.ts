import * as jpeg from 'jpeg-js'
import type { Pixels } from '../../cloudfunctions/core/evidence/dhash'
import { seededRandom as random } from '../../test/fixtures/seeded-random'

/**
 * Generated "real-looking" photos for measuring the duplicate detector: a lit gradient background, shapes,
 * lines of text-like strokes and sensor noise, each scene from its own seed; and the copies a society would
 * really make of one photo (recompressed, rescaled, slightly cropped).
 */


type Rgb = [number, number, number]
const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v))

export function syntheticScene(seed: number, width = 320, height = 240): Pixels {
  const rnd = random(seed)
  const color = (): Rgb => [rnd() * 255, rnd() * 255, rnd() * 255]
  const data = new Uint8Array(width * height * 4)
  const [from, to] = [color(), color()]
  const angle = rnd() * Math.PI * 2
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)]
  const span = Math.abs(dx) * width + Math.abs(dy) * height
  const put = (x: number, y: number, c: Rgb, alpha = 1) => {
    const i = (y * width + x) * 4
    for (let k = 0; k < 3; k++) data[i + k] = clamp(data[i + k]! * (1 - alpha) + c[k]! * alpha)
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = Math.min(1, Math.max(0, ((x - width / 2) * dx + (y - height / 2) * dy) / span + 0.5))
      const i = (y * width + x) * 4
      for (let k = 0; k < 3; k++) data[i + k] = clamp(from[k]! + (to[k]! - from[k]!) * t)
      data[i + 3] = 255
    }
  }
  const shapes = 3 + Math.floor(rnd() * 6)
  for (let s = 0; s < shapes; s++) {
    const c = color()
    const [cx, cy] = [rnd() * width, rnd() * height]
    const [rx, ry] = [20 + rnd() * width * 0.3, 20 + rnd() * height * 0.3]
    const round = rnd() < 0.5
    const alpha = 0.6 + rnd() * 0.4
    for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(height, cy + ry); y++) {
      for (let x = Math.max(0, Math.floor(cx - rx)); x < Math.min(width, cx + rx); x++) {
        if (!round || ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) put(x, y, c, alpha)
      }
    }
  }
  // A block of "text": lines of short dark strokes, as on a certificate or a slide.
  const [left, top] = [Math.floor(rnd() * width * 0.5), Math.floor(rnd() * height * 0.6)]
  const ink: Rgb = rnd() < 0.5 ? [20, 20, 30] : [240, 240, 235]
  for (let line = 0, y = top; line < 4 + rnd() * 6 && y < height - 12; line++, y += 18) {
    for (let x = left; x < Math.min(width - 8, left + width * 0.45); x += 9 + Math.floor(rnd() * 5)) {
      const h = 6 + Math.floor(rnd() * 6)
      for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + 6; xx++) put(xx, yy, ink, 0.9)
    }
  }
  for (let i = 0; i < data.length; i += 4) {
    const n = (rnd() - 0.5) * 24
    for (let k = 0; k < 3; k++) data[i + k] = clamp(data[i + k]! + n)
  }
  return { width, height, data }
}

export const encodeJpeg = (pixels: Pixels, quality: number): Uint8Array =>
  new Uint8Array(jpeg.encode({ width: pixels.width, height: pixels.height, data: pixels.data }, quality).data)

export const decodeJpeg = (bytes: Uint8Array): Pixels => jpeg.decode(bytes, { useTArray: true })

/** Box-filtered resize to `scale` of the size. */
export function rescale(pixels: Pixels, scale: number): Pixels {
  const width = Math.max(1, Math.round(pixels.width * scale))
  const height = Math.max(1, Math.round(pixels.height * scale))
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    const [y0, y1] = [Math.floor(y / scale), Math.max(Math.floor(y / scale) + 1, Math.floor((y + 1) / scale))]
    for (let x = 0; x < width; x++) {
      const [x0, x1] = [Math.floor(x / scale), Math.max(Math.floor(x / scale) + 1, Math.floor((x + 1) / scale))]
      const sum = [0, 0, 0]
      let n = 0
      for (let yy = y0; yy < Math.min(y1, pixels.height); yy++) {
        for (let xx = x0; xx < Math.min(x1, pixels.width); xx++) {
          const i = (yy * pixels.width + xx) * 4
          for (let k = 0; k < 3; k++) sum[k]! += pixels.data[i + k]!
          n++
        }
      }
      const o = (y * width + x) * 4
      for (let k = 0; k < 3; k++) data[o + k] = Math.round(sum[k]! / Math.max(1, n))
      data[o + 3] = 255
    }
  }
  return { width, height, data }
}

/** Cuts `fraction` of the width and height off, shared out between the edges as given. */
export function crop(pixels: Pixels, edges: { left: number; top: number; right: number; bottom: number }): Pixels {
  const x0 = Math.round(pixels.width * edges.left)
  const y0 = Math.round(pixels.height * edges.top)
  const width = pixels.width - x0 - Math.round(pixels.width * edges.right)
  const height = pixels.height - y0 - Math.round(pixels.height * edges.bottom)
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++) {
    const from = ((y + y0) * pixels.width + x0) * 4
    data.set(pixels.data.subarray(from, from + width * 4), y * width * 4)
  }
  return { width, height, data }
}

/** The copies of one photo that must count as the same photo, each as JPEG bytes, by name. */
export function transformedCopies(original: Uint8Array): Record<string, Uint8Array> {
  const pixels = decodeJpeg(original)
  return {
    'recompressed q75': encodeJpeg(pixels, 75),
    'recompressed q40': encodeJpeg(pixels, 40),
    'recompressed twice q60': encodeJpeg(decodeJpeg(encodeJpeg(pixels, 60)), 60),
    'rescaled 50%': encodeJpeg(rescale(pixels, 0.5), 80),
    'rescaled 25%': encodeJpeg(rescale(pixels, 0.25), 80),
    'cropped 2% off one side': encodeJpeg(crop(pixels, { left: 0, top: 0, right: 0.02, bottom: 0 }), 85),
    'cropped 3% all round': encodeJpeg(crop(pixels, { left: 0.03, top: 0.03, right: 0.03, bottom: 0.03 }), 85),
    'cropped 3% off a corner, rescaled 60%': encodeJpeg(rescale(crop(pixels, { left: 0.03, top: 0.03, right: 0, bottom: 0 }), 0.6), 70),
  }
}

/** Heavier crops, beyond "slightly": measured and reported, not required to match. */
export function heavierCrops(original: Uint8Array): Record<string, Uint8Array> {
  const pixels = decodeJpeg(original)
  return {
    'cropped 5% off one side': encodeJpeg(crop(pixels, { left: 0, top: 0, right: 0.05, bottom: 0 }), 85),
    'cropped 5% off a corner, rescaled 60%': encodeJpeg(rescale(crop(pixels, { left: 0.05, top: 0.05, right: 0, bottom: 0 }), 0.6), 70),
  }
}

/** `count` different scenes, each encoded at a quality between 60 and 95. */
export function syntheticPhotoSet(count: number, firstSeed = 1): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => encodeJpeg(syntheticScene(firstSeed + i), 60 + ((i * 7) % 36)))
}
