/**
 * The compiled mini-program, as the H5 walk in test/e2e/upload-left-behind.test.ts: a photo whose upload failed
 * after its item page was left stays with the app: the submit page names its item and holds 提交, and the item
 * page, opened again, still holds it with 重试, which uploads and registers it.
 */
import { readFileSync } from 'node:fs'
import { encodeJpeg, syntheticScene } from '../../bench/evidence/synthetic-photos'
import { mustCall } from './support/emulator-client'
import { YEAR, newFiller } from './support/people'
import { fullPatch } from '../emulator/fill-in'
import { openMiniProgram } from './support/simulator'
import { callsSince, until } from './support/wait'

const phone = openMiniProgram()
const wx = phone.wx
const { actionsSince } = callsSince(wx)

it('a photo that failed after its page was left holds 提交 and waits on its item with 重试', async () => {
  const filler = await newFiller('left-behind')
  phone.wx.cookie = filler.cookie
  const { version } = await mustCall<{ version: number }>(filler.cookie, 'submission.get', { year: YEAR })
  await mustCall(filler.cookie, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: fullPatch() })

  let item = await phone.open('filler/item/index', { id: 'B2.1', year: String(YEAR) })
  await item.waitForText('拍照或相册')
  const camera = wx.tempFile('left-behind.jpg', Buffer.from(encodeJpeg(syntheticScene(9, 1200, 900), 90)))
  wx.answers.chooseMedia = () => ({ type: 'image', tempFiles: [{ tempFilePath: camera, size: readFileSync(camera).length, fileType: 'image' }] })
  wx.offline = true
  await item.tap('拍照或相册')
  await item.waitForText('上传失败')
  item.close()
  wx.offline = false

  const submit = await phone.open('filler/submit/index', { year: String(YEAR) })
  await submit.waitForText('1 个证明材料未上传成功：请到指标中重试或删除后再提交')
  expect(submit.text()).toContain('B2.1')
  const mark = wx.calls.length
  await submit.tap('提交自评表')
  await submit.idle()
  expect(actionsSince(mark)).not.toContain('submission.submit')
  expect(submit.problems).toEqual([])
  submit.close()

  item = await phone.open('filler/item/index', { id: 'B2.1', year: String(YEAR) })
  await item.waitForText('上传失败')
  await item.tap('重试')
  await until('the photo registered', async () => (await mustCall<{ evidence: Record<string, string[]> }>(filler.cookie, 'submission.get', { year: YEAR })).evidence['B2.1']?.length === 1, item)
  expect(item.problems).toEqual([])
  item.close()
})
