import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './support/browser'
import { findLayoutProblems } from './support/layout-check'

/** The layout check's rules on small pages made for them: what it must find and what it must let be. */
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 375, height: 600 } })
})
afterAll(async () => browser?.close())

const check = async (body: string) => {
  await page.setContent(`<html><body style="margin:0;font:14px sans-serif">${body}</body></html>`)
  return findLayoutProblems(page)
}

test('finds a text box that grows out of a fixed-height parent over the next element (the 2022 list-entry defect)', async () => {
  const problems = await check(`
    <div class="entry" style="padding:10px">
      <div class="host" style="height:40px"><textarea class="field" style="display:block;height:120px">第1条 很长的内容</textarea></div>
    </div>
    <div class="next">添加一条</div>`)
  expect(problems).toContainEqual(expect.objectContaining({ kind: 'leaves-parent', element: expect.stringContaining('textarea.field') }))
})

test('finds an element cut off at the right edge of the window and overlapping siblings', async () => {
  const problems = await check(`
    <div style="display:flex"><div style="flex-shrink:0;width:300px">左</div><div class="right" style="flex-shrink:0;width:200px">延期</div></div>
    <div style="height:20px"></div><div class="over" style="margin-top:-30px;height:20px">压在上一行</div>
    <div style="height:16px"><div class="card" style="height:60px;background:#eee">卡片</div></div>`)
  expect(problems).toContainEqual(expect.objectContaining({ kind: 'leaves-window', element: expect.stringContaining('div.right') }))
  expect(problems).toContainEqual(expect.objectContaining({ kind: 'overlaps-sibling', other: expect.stringContaining('div.over') }))
  expect(problems).toContainEqual(expect.objectContaining({ kind: 'leaves-parent', element: expect.stringContaining('div.card') }))
})

test('lets be a text whose line box is taller than its tag, when only the text is drawn', async () => {
  const problems = await check(`<div style="height:16px;border:1px solid blue"><span style="display:block;font-size:12px;line-height:20px">填报人</span></div>`)
  expect(problems).toEqual([])
})

test('lets be: a sideways scroller, clipped text with an ellipsis, a badge placed absolutely, a sticky bar, inline runs, a slider track', async () => {
  const problems = await check(`
    <div style="overflow-x:auto;white-space:nowrap;width:375px"><span style="display:inline-block;width:600px">很多标签</span></div>
    <div style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap;width:100px">很长很长很长很长很长很长的名字</div>
    <div style="position:relative;width:40px;height:40px"><span style="position:absolute;top:-6px;right:-6px;width:12px;height:12px">1</span></div>
    <div style="height:2000px">内容</div>
    <div style="position:sticky;bottom:0;height:50px">提交</div>
    <p><span>一段</span><b>文字</b><span>连在一起</span></p>
    <div style="overflow:hidden"><div style="height:100px"><div style="transform:translateX(-100%);height:100px">上一张照片</div></div></div>`)
  expect(problems).toEqual([])
})
