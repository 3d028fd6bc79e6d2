import { FILLER_OPENID } from '../../emulator/seed'
import { openMiniProgram } from './support/simulator'

test('home renders for the filler', async () => {
  const phone = openMiniProgram()
  await phone.as(FILLER_OPENID)
  const page = await phone.open('pages/home/index')
  await page.waitForText('开始填写')
  console.log(page.problems, phone.wx.actions())
  page.close()
  const item = await phone.open('filler/item/index', { id: 'B2.1', year: '2022' })
  console.log(item.text().slice(0, 500), item.problems)
})
