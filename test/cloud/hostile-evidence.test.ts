import { contentTypesBomb, jpegDeclaring, jpegWithNoiseScan } from '../fixtures/hostile-files'
import { ADMIN, FILLER_A, YEAR, photoOf, useHarness } from './harness'

/** Issue 19 through the handlers, as the cloud functions run them: a client uploads straight to storage. */
const h = useHarness()

describe('a hostile file uploaded straight to cloud storage, then registered', () => {
  it.each([
    ['the 4 GiB .xlsx', 'bomb.xlsx', contentTypesBomb, '报表.xlsx', '“报表.xlsx”中的“[Content_Types].xml”解压后超过 50 MB，可能是压缩炸弹，未保存'],
    ['a JPEG declaring 60000 × 60000', 'big.jpg', () => jpegDeclaring(60000, 60000), undefined, '“big.jpg”有 60000 × 60000 像素，超过 5000 万像素的上限，未保存'],
    ['a JPEG that does not decode', 'noise.jpg', jpegWithNoiseScan, undefined, '“noise.jpg”的图像数据无法解码（文件已损坏或不完整），未保存'],
  ])('refuses %s with its message, deletes it from storage and registers nothing', async (_, name, make, chosen, message) => {
    const fileId = photoOf(h.societyA.id, 'B1.2', name)
    h.files.put(fileId, make())
    const result = await h.call(FILLER_A, 'submission.addPhoto', { year: YEAR, itemId: 'B1.2', fileId, ...(chosen ? { name: chosen } : {}) })
    expect(result).toMatchObject({ ok: false, message })
    expect(h.files.stored.has(fileId)).toBe(false)
    expect(h.files.deleted).toContain(fileId)
    const form = await h.ok(FILLER_A, 'submission.get', { year: YEAR })
    expect(form.evidence).toEqual({})
    expect(form.files).toEqual({})
  })
})

describe('grade bands within 0 … the form’s maximum', () => {
  it('refuses the issue’s 优秀 ≥ 500 and 良好 ≥ 111, naming the band and the maximum, and takes 110', async () => {
    const bands = (excellent: number, good: number) => [
      { label: '优秀', min: excellent },
      { label: '良好', min: good },
      { label: '不合格', min: 0 },
    ]
    const refused = await h.fail(ADMIN, 'admin.updateYear', { year: YEAR, gradeBands: bands(500, 111) })
    expect(refused).toMatchObject({
      code: 'INVALID_INPUT',
      message: '等级划分：“优秀”的分数线500超过了满分110分；等级划分：“良好”的分数线111超过了满分110分',
    })
    const kept = await h.ok(ADMIN, 'review.years', {})
    expect(kept.years.find((y) => y.year === YEAR)!.gradeBands.map((b) => b.min)).toEqual([90, 80, 60, 0])
    const taken = await h.ok(ADMIN, 'admin.updateYear', { year: YEAR, gradeBands: bands(110, 100) })
    expect(taken.gradeBands.map((b) => b.min)).toEqual([110, 100, 0])
  })
})
