import type { BrowserContext } from 'playwright-core'

/**
 * A camera-sized JPEG (quality 0.95) drawn by Chromium itself: gradients, shapes and per-pixel noise so that
 * it weighs several megabytes, as a phone photo does. Drawn in a blank page of `context`.
 */
export async function cameraJpeg(context: BrowserContext, width: number, height: number, seed: number): Promise<Buffer> {
  const page = await context.newPage()
  try {
    const dataUrl = await page.evaluate(
      ({ width, height, seed }) => {
        const canvas = document.createElement('canvas')
        canvas.width = width
        canvas.height = height
        const g = canvas.getContext('2d')!
        const gradient = g.createLinearGradient(0, 0, width, height)
        gradient.addColorStop(0, `hsl(${(seed * 67) % 360} 70% 55%)`)
        gradient.addColorStop(1, `hsl(${(seed * 67 + 160) % 360} 60% 35%)`)
        g.fillStyle = gradient
        g.fillRect(0, 0, width, height)
        let state = seed * 2654435761
        const random = () => ((state = (state * 1103515245 + 12345) >>> 0) & 0xffff) / 0x10000
        for (let i = 0; i < 120; i++) {
          g.fillStyle = `hsla(${random() * 360} 80% 60% / 0.5)`
          g.beginPath()
          g.arc(random() * width, random() * height, 50 + random() * 400, 0, Math.PI * 2)
          g.fill()
        }
        const pixels = g.getImageData(0, 0, width, height)
        const data = pixels.data
        for (let i = 0; i < data.length; i += 4) {
          const noise = (random() - 0.5) * 60
          data[i] = data[i]! + noise
          data[i + 1] = data[i + 1]! + noise
          data[i + 2] = data[i + 2]! - noise
        }
        g.putImageData(pixels, 0, 0)
        g.fillStyle = '#ffffff'
        g.font = 'bold 240px sans-serif'
        g.fillText(`证明材料 ${seed}`, width * 0.1, height * 0.5)
        return canvas.toDataURL('image/jpeg', 0.95)
      },
      { width, height, seed },
    )
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
  } finally {
    await page.close()
  }
}

/** Width and height of a baseline or progressive JPEG, from its SOF marker. */
export function jpegSize(bytes: Buffer): { width: number; height: number } {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG')
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) throw new Error(`JPEG marker expected at ${at}`)
    const marker = bytes[at + 1]!
    if (marker === 0xff) {
      at++
      continue
    }
    const length = bytes.readUInt16BE(at + 2)
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) }
    }
    at += 2 + length
  }
  throw new Error('JPEG without a SOF marker')
}
