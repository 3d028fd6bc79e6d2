/** Rough print metrics for choosing row heights: Excel does not grow rows for wrapped text on its own. */

/** Width in Excel's column units: a CJK character is about two digits wide. */
export function textWidth(text: string): number {
  let width = 0
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e7f ? 2 : 1
  return width
}

/** How many lines `text` takes in a cell `width` units wide (line breaks kept). */
export function lineCount(text: string, width: number): number {
  const usable = Math.max(1, width - 1.5)
  return text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(textWidth(line) / usable)), 0)
}

/** Points per line of a wrapped cell at `fontSize`. */
export const lineHeight = (fontSize: number): number => Math.ceil(fontSize * 1.3)
