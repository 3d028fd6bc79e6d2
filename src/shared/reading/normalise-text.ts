/**
 * Puts recognised text into one spelling before dates are looked for in it: ASCII digits and separators, the
 * spaces an OCR engine puts between Chinese characters removed, Chinese numerals before 年/月/日 written as
 * digits, and the letters an OCR engine mistakes for digits inside a number read as those digits.
 */

/**
 * A space between Chinese characters, or between one and a digit or date separator, is layout (OCR spaces out
 * 2022 年 3 月); a space between two digits separates numbers (a phone number, then a date) and stays.
 */
const SPACE_NEXT_TO_CJK = /(?<=[\u3400-\u9FFF\u3007\u25CB〔〕])[ \t\u3000]+(?=[\d\u3400-\u9FFF\u3007\u25CB〔〕.\-/])|(?<=[\d.\-/])[ \t\u3000]+(?=[\u3400-\u9FFF\u3007\u25CB〔〕])/g
/** 2022 . 3 . 15 and 2022 - 03 - 15: spaces around a date separator between digits. */
const SPACE_AROUND_SEPARATOR = /(?<=\d)[ \t]*([.\-/])[ \t]*(?=\d)/g

const CHINESE_DIGIT: Readonly<Record<string, number>> = {
  〇: 0, '\u25CB': 0, 零: 0, '0': 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const DIGIT_CHARS = '〇\\u25CB零一二三四五六七八九'
/** A year written digit by digit (二〇二二年; OCR often reads 〇 as O or 0), then a month or day written as a number (十一月, 二十三日). */
const CHINESE_YEAR = new RegExp(`(?=[^年]{0,3}[${DIGIT_CHARS}])[${DIGIT_CHARS}0Oo]{4}(?=年)`, 'g')
const CHINESE_MONTH_OR_DAY = new RegExp(`[${DIGIT_CHARS}十]{1,3}(?=[月日曰目号])`, 'g')
/** OCR reads one 〇 as two characters (二O〇二二年). */
const DOUBLED_ZERO = /[O0o]〇|〇[O0o]/g

/** Letters read where a digit was printed, only when they sit inside a run of digits. */
const LOOKS_LIKE_DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', D: '0', Q: '0', l: '1', I: '1', '|': '1', '!': '1', Z: '2', S: '5', B: '8' }
const CONFUSED_IN_NUMBER = /(?<=\d)[OoDQlI|!ZSB](?=\d)|(?<=\d{2})[OoDQlI|!ZSB](?=[年月日.\-/])|(?<=[年月.\-/])[OoDQlI|!ZSB](?=\d)|(?<=[年月])[lI|!](?=[月日])/g

/** 十 → 10, 十一 → 11, 二十 → 20, 三十一 → 31, 五 → 5; anything else (e.g. 十十) → null. */
export function chineseNumberValue(text: string): number | null {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九〇零\u25CB])?$/.exec(text)
  if (!match || text.length === 0) return null
  const [, tens, ten, units] = match
  if (!ten) return tens ? CHINESE_DIGIT[tens]! : CHINESE_DIGIT[units!]!
  if (units && CHINESE_DIGIT[units] === 0) return null
  return (tens ? CHINESE_DIGIT[tens]! : 1) * 10 + (units ? CHINESE_DIGIT[units]! : 0)
}

export function normaliseForDates(text: string): string {
  return text
    // NFKC writes full-width digits and separators (２０２２．３) as ASCII.
    .normalize('NFKC')
    .replace(SPACE_NEXT_TO_CJK, '')
    .replace(SPACE_AROUND_SEPARATOR, '$1')
    .replace(DOUBLED_ZERO, '〇')
    .replace(CHINESE_YEAR, (year) => [...year].map((ch) => CHINESE_DIGIT[ch]).join(''))
    .replace(CHINESE_MONTH_OR_DAY, (n) => {
      const value = chineseNumberValue(n)
      return value === null ? n : String(value)
    })
    .replace(CONFUSED_IN_NUMBER, digitFor)
    .replace(CONFUSED_IN_NUMBER, digitFor) // again: a lookbehind sees the text before the first pass (2O2O年)
}

function digitFor(ch: string): string {
  return LOOKS_LIKE_DIGIT[ch]!
}
