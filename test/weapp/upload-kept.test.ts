/**
 * A file on its way in when WeChat drops the app from memory (the filler switched to another app for a while) is
 * kept on the phone (src/components/evidence-photos/kept-uploads.ts): the cold start finds it again, failed with
 * 重试, on the submit page and its item; 重试 uploads what was not uploaded and only registers what was (a
 * document under its own name); once registered or discarded, its copy and its note are gone.
 */
import { existsSync, readFileSync } from 'node:fs'
import { encodeJpeg, syntheticScene } from '../../bench/evidence/synthetic-photos'
import { pdfFile } from '../fixtures/evidence-files'
import { mustCall } from './support/emulator-client'
import { YEAR, newFiller, type Person } from './support/people'
import { fullPatch } from '../emulator/fill-in'
import { openMiniProgram, type MiniProgram, type RenderedPage } from './support/simulator'
import { callsSince, until } from './support/wait'

let phone: MiniProgram = openMiniProgram()
const wx = phone.wx
const { actionsSince } = callsSince(wx)
const KEPT_NOTE = 'evidence-uploads-kept'

const evidenceOf = async (itemId: string) =>
  (await mustCall<{ evidence: Record<string, string[]> }>(filler.cookie, 'submission.get', { year: YEAR })).evidence[itemId] ?? []
const copiesMade = () => wx.callsTo('fs.copyFileSync').map((call) => String(call.args.to))

// One filler on one phone throughout, as in WeChat (the app keeps who its user is across starts).
let filler: Person
beforeAll(async () => {
  filler = await newFiller('kept-uploads')
  wx.cookie = filler.cookie
  const { version } = await mustCall<{ version: number }>(filler.cookie, 'submission.get', { year: YEAR })
  await mustCall(filler.cookie, 'submission.saveAnswers', { year: YEAR, baseVersion: version, patch: fullPatch() })
})

async function choosePhoto(item: RenderedPage, seed: number): Promise<void> {
  const camera = wx.tempFile(`kept-${seed}.jpg`, Buffer.from(encodeJpeg(syntheticScene(seed, 1200, 900), 90)))
  wx.answers.chooseMedia = () => ({ type: 'image', tempFiles: [{ tempFilePath: camera, size: readFileSync(camera).length, fileType: 'image' }] })
  await item.tap('拍照或相册')
}

afterEach(() => {
  delete wx.answers['cloud.uploadFile']
  wx.offline = false
})

it('a photo WeChat dropped mid-upload is there after a cold start, failed with 重试, and 重试 sends it', async () => {
  let item = await phone.open('filler/item/index', { id: 'B2.1', year: String(YEAR) })
  await item.waitForText('拍照或相册')
  const copiesBefore = copiesMade().length
  wx.answers['cloud.uploadFile'] = () => new Promise(() => undefined) // the app is dropped before the upload ends
  await choosePhoto(item, 21)
  await until('the photo is uploading', () => /上传中/.test(item.text()), item)
  const copy = copiesMade().slice(copiesBefore)[0]!
  expect(existsSync(copy)).toBe(true)
  expect(wx.storage.get(KEPT_NOTE)).toEqual([expect.objectContaining({ path: copy, target: expect.objectContaining({ itemId: 'B2.1', year: YEAR }) })])
  item.close()
  delete wx.answers['cloud.uploadFile']

  phone = phone.restart()
  const submit = await phone.open('filler/submit/index', { year: String(YEAR) })
  await submit.waitForText('1 个证明材料未上传成功：请到指标中重试或删除后再提交')
  expect(submit.text()).toContain('B2.1')
  expect(submit.problems).toEqual([])
  submit.close()

  item = await phone.open('filler/item/index', { id: 'B2.1', year: String(YEAR) })
  await item.waitForText('上传失败')
  const mark = wx.calls.length
  await item.tap('重试')
  await until('the photo registered', async () => (await evidenceOf('B2.1')).length === 1, item)
  await item.idle()
  expect(wx.calls.slice(mark).filter((call) => call.api === 'cloud.uploadFile')).toHaveLength(1)
  expect(wx.storage.has(KEPT_NOTE)).toBe(false)
  expect(existsSync(copy)).toBe(false)
  expect(item.text()).not.toContain('上传失败')
  expect(item.problems).toEqual([])
  item.close()
})

it('a photo uploaded but not registered before the cold start is only registered by 重试, under its stored file', async () => {
  let item = await phone.open('filler/item/index', { id: 'B3.1', year: String(YEAR) })
  await item.waitForText('拍照或相册')
  let stored = ''
  wx.answers['cloud.uploadFile'] = async (options) => {
    const answer = await wx.upload(options)
    stored = answer.fileID
    wx.offline = true // the registration that follows does not get through
    return answer
  }
  await choosePhoto(item, 22)
  await item.waitForText('上传失败')
  expect(wx.storage.get(KEPT_NOTE)).toEqual([expect.objectContaining({ fileId: stored })])
  item.close()
  delete wx.answers['cloud.uploadFile']
  wx.offline = false

  phone = phone.restart()
  item = await phone.open('filler/item/index', { id: 'B3.1', year: String(YEAR) })
  await item.waitForText('上传失败')
  const mark = wx.calls.length
  await item.tap('重试')
  await until('the photo registered', async () => (await evidenceOf('B3.1')).length === 1, item)
  expect(await evidenceOf('B3.1')).toEqual([stored])
  expect(wx.calls.slice(mark).filter((call) => call.api === 'cloud.uploadFile')).toEqual([])
  expect(actionsSince(mark)).toContain('submission.addPhoto')
  await item.idle()
  expect(wx.storage.has(KEPT_NOTE)).toBe(false)
  item.close()
})

it('a kept photo discarded after the cold start leaves no copy, no note and nothing on the form', async () => {
  let item = await phone.open('filler/item/index', { id: 'B3.2', year: String(YEAR) })
  await item.waitForText('拍照或相册')
  const copiesBefore = copiesMade().length
  wx.offline = true
  await choosePhoto(item, 23)
  await item.waitForText('上传失败')
  const copy = copiesMade().slice(copiesBefore)[0]!
  item.close()
  wx.offline = false

  phone = phone.restart()
  item = await phone.open('filler/item/index', { id: 'B3.2', year: String(YEAR) })
  await item.waitForText('上传失败')
  await item.tap('×')
  await item.idle()
  expect(item.text()).not.toContain('上传失败')
  expect(wx.storage.has(KEPT_NOTE)).toBe(false)
  expect(existsSync(copy)).toBe(false)
  expect(await evidenceOf('B3.2')).toEqual([])
  expect(item.problems).toEqual([])
  item.close()
})

it('a document WeChat dropped mid-upload comes back under its own name, and 重试 registers it with that name', async () => {
  let item = await phone.open('filler/item/index', { id: 'B4.1', year: String(YEAR) })
  await item.waitForText('添加文件')
  const chosen = wx.tempFile('kept-document.pdf', pdfFile())
  wx.answers.chooseMessageFile = () => ({ tempFiles: [{ path: chosen, name: '党组织成立批复.pdf', size: pdfFile().length, type: 'file', time: 0 }] })
  const copiesBefore = copiesMade().length
  wx.answers['cloud.uploadFile'] = () => new Promise(() => undefined)
  await item.tap('添加文件', '证明材料')
  await until('the document is uploading', () => /上传中/.test(item.text()), item)
  const copy = copiesMade().slice(copiesBefore)[0]!
  expect(copy).toMatch(/\.pdf$/)
  item.close()
  delete wx.answers['cloud.uploadFile']

  phone = phone.restart()
  item = await phone.open('filler/item/index', { id: 'B4.1', year: String(YEAR) })
  await item.waitForText('党组织成立批复.pdf')
  expect(item.text()).toContain('上传失败')
  const mark = wx.calls.length
  await item.tap('重试')
  await until('the document registered', async () => (await evidenceOf('B4.1')).length === 1, item)
  await item.idle()
  const register = wx.calls.slice(mark).find((call) => call.api === 'cloud.callFunction' && (call.args.data as { action: string }).action === 'submission.addPhoto')!
  expect((register.args.data as { input: { name?: string } }).input.name).toBe('党组织成立批复.pdf')
  await item.waitForText('党组织成立批复.pdf')
  expect(item.text()).not.toContain('上传失败')
  expect(wx.storage.has(KEPT_NOTE)).toBe(false)
  expect(existsSync(copy)).toBe(false)
  expect(item.problems).toEqual([])
  item.close()
})
