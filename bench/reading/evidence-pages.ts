/**
 * Synthetic evidence photos with known dates, made by the bench and the tests alike: a meeting record or a
 * notice set in Noto Sans SC, then photographed badly on purpose: turned a few degrees, blurred, lit unevenly
 * and JPEG-compressed. Every page says which dates it carries; decoy numbers (phone numbers, 文号, amounts,
 * ids) are there to be ignored.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas'
import { seededRandom } from '../../test/fixtures/seeded-random'

const FONT = 'Noto Sans SC'
GlobalFonts.registerFromPath(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'), FONT)

export interface EvidencePage {
  name: string
  lines: string[]
  /** The dates the page carries, as findDates writes them. */
  dates: string[]
}

export interface PhotoLook {
  /** Degrees, either way. */
  turn: number
  blurPx: number
  /** 0 = even light, 1 = one side in deep shadow. */
  shade: number
  jpegQuality: number
}

const CN_DIGIT = '〇一二三四五六七八九'
function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGIT[n]!
  return `${n >= 20 ? CN_DIGIT[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGIT[n % 10] : ''}`
}

type DateForm = (y: number, m: number, d: number) => string
const FORMS: readonly DateForm[] = [
  (y, m, d) => `${y}年${m}月${d}日`,
  (y, m, d) => `${y}.${m}.${d}`,
  (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  (y, m, d) => `${y}/${m}/${d}`,
  (y, m, d) => `${[...String(y)].map((c) => CN_DIGIT[Number(c)]).join('')}年${chineseNumber(m)}月${chineseNumber(d)}日`,
]

const DECOYS = ['联系电话：13977123456', '文号：桂科协发〔2022〕18号', '经费：2022.50元', '身份证号：450102199003151234', '编号：KX-20220315-07']
const TOPICS = ['学习贯彻党的二十大精神', '研究年度学术年会筹备工作', '讨论发展新会员事项', '部署科普宣传周活动', '审议年度财务报告']
const KINDS = ['支部大会记录', '会议记录', '关于召开理事会的通知']

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/** `count` pages (seeded): 0–3 dates each in varied forms, some of 2021 or 2023, some with decoys only. */
export function evidencePages(count: number, seed = 23): EvidencePage[] {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!
    const dateCount = i % 7 === 6 ? 0 : 1 + Math.floor(random() * 3)
    const dates: string[] = []
    const lines = [kind, `主题：${pick(TOPICS)}`]
    for (let k = 0; k < dateCount; k++) {
      const y = random() < 0.2 ? pick([2021, 2023]) : 2022
      const m = 1 + Math.floor(random() * 12)
      const d = 1 + Math.floor(random() * 28)
      if (dates.includes(iso(y, m, d))) continue
      dates.push(iso(y, m, d))
      lines.push(`${k === 0 ? '时间' : '下次会议'}：${pick(FORMS)(y, m, d)}`)
    }
    lines.push('地点：学会会议室', `参加人员：全体党员${5 + Math.floor(random() * 20)}人`)
    if (random() < 0.6) lines.push(pick(DECOYS))
    lines.push(`记录人：${pick(['张明', '李华', '王芳'])}`)
    return { name: `page-${String(i + 1).padStart(2, '0')}`, lines, dates }
  })
}

export function photoLook(index: number): PhotoLook {
  const random = seededRandom(1000 + index)
  return { turn: (random() - 0.5) * 6, blurPx: 0.4 + random() * 0.8, shade: 0.2 + random() * 0.4, jpegQuality: 55 + Math.floor(random() * 30) }
}

/** The page as a phone photo (JPEG), 1000 px wide times `scale` (3 ≈ a 12-megapixel phone photo's width). */
export function photographPage(page: EvidencePage, look: PhotoLook, scale = 1): Uint8Array {
  const width = 1000
  const height = 160 + page.lines.length * 90
  const canvas = createCanvas(Math.round(width * scale), Math.round(height * scale))
  const ctx = canvas.getContext('2d')
  ctx.scale(scale, scale)
  ctx.fillStyle = '#d8d4cc'
  ctx.fillRect(0, 0, width, height)
  ctx.save()
  ctx.translate(width / 2, height / 2)
  ctx.rotate((look.turn * Math.PI) / 180)
  ctx.translate(-width / 2, -height / 2)
  ctx.filter = `blur(${(look.blurPx * scale).toFixed(2)}px)`
  ctx.fillStyle = '#fbfaf6'
  ctx.fillRect(40, 30, width - 80, height - 60)
  ctx.fillStyle = '#1d1d1f'
  page.lines.forEach((line, i) => {
    ctx.font = `${i === 0 ? 48 : 38}px "${FONT}"`
    ctx.fillText(line, i === 0 ? 300 : 90, 110 + i * 90)
  })
  ctx.restore()
  ctx.filter = 'none'
  const light = ctx.createLinearGradient(0, 0, width, height)
  light.addColorStop(0, 'rgba(0,0,0,0)')
  light.addColorStop(1, `rgba(40,30,10,${look.shade.toFixed(2)})`)
  ctx.fillStyle = light
  ctx.fillRect(0, 0, width, height)
  return canvas.encodeSync('jpeg', look.jpegQuality)
}
