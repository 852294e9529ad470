// Reads the laid-out document column once: every top-level block's box and, on demand, where a
// block may break (between lines, table rows or list items). Only reads layout, never writes,
// so planning a whole document costs one layout.

/** How a block may be broken across pages. */
export type BlockKind = 'cover' | 'break' | 'keep' | 'lines' | 'rows' | 'items' | 'whole'

export interface Block {
  el: HTMLElement
  kind: BlockKind
  /** border box, in px from the column's top */
  top: number
  bottom: number
}

/** A place a block may break: the page ends at `end`, the next page starts at `next`. */
export interface BreakPoint {
  end: number
  next: number
  /** char offset (lines), row index (rows) or child index (items) where the rest begins */
  pos: number
}

export interface FootnoteRef {
  y: number
  n: number
  text: string
}

const isHeading = (el: Element) => /^H[1-6]$/.test(el.tagName) || el.classList.contains('keep-next')

function kindOf(el: HTMLElement, height: number, pageHeight: number): BlockKind {
  if (el.classList.contains('cover')) return 'cover'
  if (el.classList.contains('page-break')) return 'break'
  if (isHeading(el)) return 'keep'
  const tag = el.tagName
  if (tag === 'P' || tag === 'PRE') return 'lines'
  if (tag === 'TABLE') return 'rows'
  if (tag === 'UL' || tag === 'OL') return 'items'
  // a quotation under a third of a page moves whole; a longer one breaks between its paragraphs
  if (tag === 'BLOCKQUOTE') return height > pageHeight / 3 ? 'items' : 'whole'
  return 'whole'
}

export function measureBlocks(column: HTMLElement, pageHeight: number): Block[] {
  const origin = column.getBoundingClientRect().top
  return [...column.children].map((child) => {
    const el = child as HTMLElement
    const r = el.getBoundingClientRect()
    return { el, kind: kindOf(el, r.height, pageHeight), top: r.top - origin, bottom: r.bottom - origin }
  })
}

export function measureFootnoteRefs(column: HTMLElement): FootnoteRef[] {
  const origin = column.getBoundingClientRect().top
  return [...column.querySelectorAll<HTMLElement>('.fn-ref')].map((el) => ({
    y: el.getBoundingClientRect().top - origin,
    n: Number(el.dataset['fn']),
    text: el.dataset['fnText'] ?? '',
  }))
}

/** The text nodes of an element with their start offsets, for mapping offsets both ways. */
export function textNodes(root: Node): { node: Text; start: number }[] {
  const out: { node: Text; start: number }[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  let pos = 0
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out.push({ node: n as Text, start: pos })
    pos += (n as Text).length
  }
  return out
}

interface Line {
  top: number
  bottom: number
}

/** Line boxes of a block of text: glyph rows grouped, each line reaching halfway to its neighbours. */
function lineBoxes(el: HTMLElement, origin: number): Line[] {
  const range = document.createRange()
  range.selectNodeContents(el)
  const rects = [...range.getClientRects()].filter((r) => r.height > 0).sort((a, b) => a.top - b.top)
  const rows: Line[] = []
  for (const r of rects) {
    const last = rows[rows.length - 1]
    // overlapping vertically = the same line (superscripts sit a little higher)
    if (last && r.top < last.bottom - 1) {
      last.top = Math.min(last.top, r.top)
      last.bottom = Math.max(last.bottom, r.bottom)
    } else rows.push({ top: r.top, bottom: r.bottom })
  }
  const box = el.getBoundingClientRect()
  const cs = getComputedStyle(el)
  const contentTop = box.top + parseFloat(cs.paddingTop) + parseFloat(cs.borderTopWidth)
  const contentBottom = box.bottom - parseFloat(cs.paddingBottom) - parseFloat(cs.borderBottomWidth)
  return rows.map((row, k) => ({
    top: (k === 0 ? contentTop : (rows[k - 1]!.bottom + row.top) / 2) - origin,
    bottom: (k === rows.length - 1 ? contentBottom : (row.bottom + rows[k + 1]!.top) / 2) - origin,
  }))
}

/** The first character offset whose glyph lies at or below `y` (binary search; tops rise with offsets). */
function offsetAtLine(el: HTMLElement, y: number, origin: number): number {
  const nodes = textNodes(el)
  const last = nodes[nodes.length - 1]
  const total = last ? last.start + last.node.length : 0
  const range = document.createRange()
  const topOf = (i: number): number => {
    // a collapsed space has no box: look at the next characters
    for (let j = i; j < Math.min(total, i + 4); j++) {
      const at = nodes.findLast((t) => t.start <= j)!
      range.setStart(at.node, j - at.start)
      range.setEnd(at.node, j - at.start + 1)
      const r = range.getClientRects()[0]
      if (r && r.height > 0) return r.top - origin
    }
    return Number.POSITIVE_INFINITY
  }
  let lo = 0
  let hi = total
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (topOf(mid) >= y) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** Where a block may break; the first and last `keep` lines of a paragraph stay together (orphans, widows). */
export function breakPoints(block: Block, column: HTMLElement, keep = 2): BreakPoint[] {
  const origin = column.getBoundingClientRect().top
  const { el } = block
  if (block.kind === 'lines') {
    const lines = lineBoxes(el, origin)
    const out: BreakPoint[] = []
    for (let k = keep; k <= lines.length - keep; k++) {
      const next = lines[k]!
      out.push({ end: lines[k - 1]!.bottom, next: next.top, pos: offsetAtLine(el, next.top, origin) })
    }
    return out
  }
  if (block.kind === 'rows') {
    const rows = [...el.querySelectorAll<HTMLElement>(':scope > tbody > tr')].map((r) => r.getBoundingClientRect())
    const first = rows[0]
    if (!first) return []
    // a continued table repeats its header: the next page starts that much above the row
    const head = first.top - origin - block.top
    return rows.slice(1).map((r, i) => ({ end: rows[i]!.bottom - origin, next: r.top - origin - head, pos: i + 1 }))
  }
  if (block.kind === 'items') {
    const items = [...el.children].map((c) => c.getBoundingClientRect())
    const first = items[0]
    if (!first) return []
    const lead = first.top - origin - block.top
    return items.slice(1).map((r, i) => ({ end: items[i]!.bottom - origin, next: r.top - origin - lead, pos: i + 1 }))
  }
  return []
}

/** The least of a block that must follow a heading on its page: two lines, a row, an item, or all. */
export function minimalEnd(block: Block, column: HTMLElement): number {
  const first = breakPoints(block, column)[0]
  return first ? first.end : block.bottom
}
