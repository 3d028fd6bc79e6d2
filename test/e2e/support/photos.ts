import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { APIRequestContext, Locator } from 'playwright-core'
import { evidenceFolder } from '../../../src/shared/evidence-path'
import { mustCall, waitForText } from './app'

/** Upload speed while a photo goes up, slow enough for its progress to be seen part way. */
const SLOW_UPLOAD_BYTES_PER_SECOND = 160 * 1024

/**
 * Adds one photo on the item page on show through the photo component's file picker, over a slowed-down
 * upload so that the tile shows its progress part way (`duringUpload` runs then, e.g. a screenshot); resolves
 * once the thumbnail stands alone, uploaded, registered and loaded.
 */
export async function attachPhoto(view: Locator, jpeg: Buffer, duringUpload: () => Promise<unknown>): Promise<void> {
  const page = view.page()
  const before = await view.locator('.evidence-photos__image').count()
  const cdp = await page.context().newCDPSession(page)
  const throttle = (uploadThroughput: number) =>
    cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput })
  await cdp.send('Network.enable')
  await throttle(SLOW_UPLOAD_BYTES_PER_SECOND)
  try {
    const chooser = page.waitForEvent('filechooser')
    await view.locator('.evidence-photos__add').tap()
    // Handing a camera-sized file to the page is slow on a loaded machine (10 s and more seen on 2 busy cores).
    await (await chooser).setFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: jpeg }, { timeout: 90_000 })
    await waitForText(view.locator('.evidence-photos__status'), /^上传中 [1-9]\d?%$/, 30_000)
    await duringUpload()
  } finally {
    await throttle(-1)
    await cdp.detach()
  }
  await view.locator('.evidence-photos__overlay').waitFor({ state: 'detached', timeout: 30_000 })
  const thumbnail = view.locator('.evidence-photos__image img').nth(before)
  await thumbnail.waitFor()
  await page.waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, await thumbnail.elementHandle())
}

/** The photo files the emulator stored for an item, as bytes. */
export function storedPhotos(dataDir: string, societyId: string, itemId: string): Buffer[] {
  const folder = join(dataDir, 'files', evidenceFolder(societyId, 2022, itemId))
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jpg'))
    .map((name) => readFileSync(join(folder, name)))
}

/** Uploads `bytes` as `name` into `societyId`'s folder and registers it on `itemId`, through the HTTP API; answers its file id. */
export async function attachByApi(
  request: APIRequestContext,
  at: { societyId: string; year: number; itemId: string },
  name: string,
  bytes: Buffer,
): Promise<string> {
  const cloudPath = `${evidenceFolder(at.societyId, at.year, at.itemId)}/${name}`
  const uploaded = await request.post(`/api/upload?fileId=${encodeURIComponent(cloudPath)}`, { data: bytes })
  const { data } = (await uploaded.json()) as { data: { fileId: string } }
  await mustCall(request, 'submission.addPhoto', { year: at.year, itemId: at.itemId, fileId: data.fileId })
  return data.fileId
}
