import type { Page } from 'playwright-core'

/**
 * Layout defects a person sees at a glance, computed over the WHOLE DOM of the page (every visible element,
 * the page on show, dialogs, popups and toasts alike), not over a list of named texts:
 *
 * 1. an element whose box leaves its parent's box (text spilling out of its card, a box drawn over the next);
 * 2. an element whose box leaves the window sideways (cut off at the right edge);
 * 3. two visible siblings whose boxes overlap (a line drawn over another).
 *
 * The rules that keep intended layouts out (decided once, for every page; no per-page list):
 * - Only what is shown counts: `checkVisibility` (display, visibility, opacity, content-visibility), a box of
 *   at least 1×1 px, and not drawn inside an <svg> (icons' paths may leave their viewBox).
 * - "Parent" is the nearest ancestor that lays its children out in a box: `display: contents` and inline
 *   ancestors (Taro's custom elements, text spans) are looked through.
 * - A parent that clips or scrolls (any `overflow` but visible) contains its children by design: a scroll
 *   container's content leaves its box on purpose, and a clipped one is not drawn outside it. Its children are
 *   not checked against it; their own children still are.
 * - Positioned layers (absolute, fixed) are placed against their containing block, not their parent: they are
 *   checked against the window only, and take no part in sibling overlaps; neither do sticky bars, which lie over
 *   the content by design while it scrolls.
 * - An element moved by a CSS transform (a slider's track, a sliding page) is placed on purpose: it is not checked
 *   against its parent.
 * - The window is checked sideways only (pages scroll down), on the part of the box that is drawn (cut by the
 *   ancestors that clip or scroll); a fixed layer is checked downwards too.
 * - Inline siblings (text runs in one paragraph) share lines and are not compared for overlap.
 * - What counts is what is drawn: an element that paints nothing of its own (no background, border or shadow)
 *   is measured by the glyphs of its text and the boxes of what paints inside it, not by its own line box — a
 *   line-height taller than a tag's or a button's height draws nothing outside it.
 * - Half a pixel or less is rounding, not a defect: edges are compared with a 1 px tolerance.
 */
export interface LayoutProblem {
  kind: 'leaves-parent' | 'leaves-window' | 'overlaps-sibling'
  element: string
  other: string
}

export function findLayoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const TOLERANCE = 1
    type Box = { left: number; top: number; right: number; bottom: number }
    const style = (e: Element) => getComputedStyle(e)
    const visible = (e: Element): boolean => {
      if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') return false
      if (!e.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false
      const r = e.getBoundingClientRect()
      return r.width >= 1 && r.height >= 1
    }
    const positioned = (e: Element) => ['absolute', 'fixed'].includes(style(e).position)
    const layered = (e: Element) => positioned(e) || style(e).position === 'sticky'
    const inline = (e: Element) => style(e).display === 'inline'
    const clips = (e: Element) => {
      const s = style(e)
      return s.overflowX !== 'visible' || s.overflowY !== 'visible'
    }
    const boxParent = (e: Element): Element | null => {
      let p = e.parentElement
      while (p && p !== document.body && (style(p).display === 'contents' || inline(p))) p = p.parentElement
      return p
    }
    const name = (e: Element) => {
      const r = e.getBoundingClientRect()
      const classes = String(e.getAttribute('class') ?? '')
        .split(/\s+/)
        .filter((c) => c && !c.startsWith('hydrated'))
        .slice(0, 3)
        .join('.')
      const text = (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
      const at = `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`
      return `${e.tagName.toLowerCase()}${classes ? `.${classes}` : ''} [${at}]${text ? ` “${text}”` : ''}`
    }
    const outside = (inner: Box, outer: Box) =>
      inner.left < outer.left - TOLERANCE ||
      inner.right > outer.right + TOLERANCE ||
      inner.top < outer.top - TOLERANCE ||
      inner.bottom > outer.bottom + TOLERANCE
    const overlap = (a: Box, b: Box) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE

    const problems: { kind: 'leaves-parent' | 'leaves-window' | 'overlaps-sibling'; element: string; other: string }[] = []
    const shown = [...document.body.querySelectorAll('*')].filter(visible)
    const shownSet = new Set(shown)
    const reported = new Set<Element>()
    const report = (kind: (typeof problems)[number]['kind'], e: Element, other: string) => {
      // One line per culprit: the children of an element that already leaves its box add nothing.
      for (let a = e.parentElement; a; a = a.parentElement) if (reported.has(a)) return
      reported.add(e)
      problems.push({ kind, element: name(e), other })
    }

    /** Whether the element draws anything of its own besides its text: a background, a border, a shadow. */
    const paints = (e: Element) => {
      const s = style(e)
      const border = ['Top', 'Right', 'Bottom', 'Left'].some(
        (side) => s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
      )
      return border || s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.backgroundImage !== 'none' || s.boxShadow !== 'none'
    }
    const REPLACED = ['INPUT', 'TEXTAREA', 'IMG', 'CANVAS', 'VIDEO', 'SVG', 'svg']
    const union = (boxes: Box[]): Box | null =>
      boxes.length === 0
        ? null
        : {
            left: Math.min(...boxes.map((x) => x.left)),
            top: Math.min(...boxes.map((x) => x.top)),
            right: Math.max(...boxes.map((x) => x.right)),
            bottom: Math.max(...boxes.map((x) => x.bottom)),
          }
    /**
     * What an element draws: its box when it paints (or is a field, an image); otherwise the glyphs of its text and
     * the boxes of what paints inside it, not its own line box. Null when it draws nothing at all.
     */
    const drawnBox = (e: Element): Box | null => {
      if (REPLACED.includes(e.tagName) || paints(e)) return e.getBoundingClientRect()
      const parts: Box[] = []
      const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT)
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (!(t.textContent ?? '').trim() || !shownSet.has(t.parentElement as Element)) continue
        const range = document.createRange()
        range.selectNodeContents(t)
        parts.push(...[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0))
      }
      for (const d of e.querySelectorAll('*')) {
        if (shownSet.has(d) && !positioned(d) && (REPLACED.includes(d.tagName) || paints(d))) parts.push(d.getBoundingClientRect())
      }
      return union(parts)
    }

    for (const e of shown) {
      const r = e.getBoundingClientRect()
      const fixed = style(e).position === 'fixed'
      // What is drawn: the box cut by every ancestor that clips or scrolls (a sideways scroller's hidden part is not cut off).
      const drawn: Box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
      for (let a = e.parentElement; a && !fixed && a !== document.body && a !== document.documentElement; a = a.parentElement) {
        if (!clips(a)) continue
        const c = a.getBoundingClientRect()
        drawn.left = Math.max(drawn.left, c.left)
        drawn.top = Math.max(drawn.top, c.top)
        drawn.right = Math.min(drawn.right, c.right)
        drawn.bottom = Math.min(drawn.bottom, c.bottom)
      }
      if (drawn.left < -TOLERANCE || drawn.right > window.innerWidth + TOLERANCE || (fixed && drawn.bottom > window.innerHeight + TOLERANCE)) {
        report('leaves-window', e, `window ${window.innerWidth}×${window.innerHeight}`)
        continue
      }
      if (positioned(e) || inline(e) || style(e).transform !== 'none') continue
      const parent = boxParent(e)
      if (!parent || parent === document.body || !shownSet.has(parent) || clips(parent)) continue
      const parentBox = parent.getBoundingClientRect()
      if (!outside(r, parentBox)) continue
      const drawn2 = drawnBox(e)
      if (drawn2 && outside(drawn2, parentBox)) report('leaves-parent', e, name(parent))
    }

    for (const parent of [document.body, ...shown]) {
      const kids = [...parent.children].filter((k) => shownSet.has(k) && !layered(k) && !inline(k))
      for (let i = 0; i < kids.length; i++) {
        for (let j = i + 1; j < kids.length; j++) {
          const a = kids[i]!
          const b = kids[j]!
          if (!overlap(a.getBoundingClientRect(), b.getBoundingClientRect())) continue
          const [da, db] = [drawnBox(a), drawnBox(b)]
          if (da && db && overlap(da, db)) report('overlaps-sibling', a, name(b))
        }
      }
    }
    return problems
  })
}

/** The problems as lines for a failure message. */
export const describeLayoutProblems = (problems: LayoutProblem[]): string =>
  problems.map((p) => `${p.kind}: ${p.element} — ${p.other}`).join('\n')
