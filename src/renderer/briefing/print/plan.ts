// Decides which piece of which block goes on which page, from measured positions only: the
// document is laid out once as one long column of the page's text width, and pages are cut
// out of it. Rules: forced breaks, the cover alone, headings kept with what follows, footnotes
// taking room at the bottom of the page that cites them.
import { breakPoints, minimalEnd, type Block, type BreakPoint, type FootnoteRef } from './measure'

/** A block, or the part of it between two break positions (undefined = its start / its end). */
export interface Slice {
  block: number
  from?: number
  to?: number
}

export interface PlannedPage {
  slices: Slice[]
  cover: boolean
}

export interface PlanInput {
  blocks: Block[]
  column: HTMLElement
  /** text area height, px */
  bodyHeight: number
  refs: FootnoteRef[]
  /** height of each footnote (by number) in the page's footnote area, and the area's own rule and gap */
  footnoteHeight: (n: number) => number
  footnoteOverhead: number
}

const EPS = 0.5

export function planPages(input: PlanInput): PlannedPage[] {
  const { blocks, column, bodyHeight, refs } = input
  const pages: PlannedPage[] = []
  let cur: Slice[] = []
  let start = 0

  /** Room the footnotes cited between the page's start and `end` take. */
  const notes = (end: number): number => {
    let h = 0
    for (const r of refs) if (r.y >= start && r.y < end) h += input.footnoteHeight(r.n)
    return h > 0 ? h + input.footnoteOverhead : 0
  }
  const fits = (end: number) => end - start + notes(end) <= bodyHeight + EPS
  const close = (next: number) => {
    if (cur.length) pages.push({ slices: cur, cover: false })
    cur = []
    start = next
  }
  /** Where the content that must stay with the heading at `i` ends. */
  const keepEnd = (i: number): number => {
    const b = blocks[i]!
    const next = blocks[i + 1]
    if (!next || next.kind === 'break' || next.kind === 'cover') return b.bottom
    if (next.kind === 'keep') return keepEnd(i + 1)
    return minimalEnd(next, column)
  }

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.kind === 'break') {
      close(blocks[i + 1]?.top ?? b.bottom)
      continue
    }
    if (b.kind === 'cover') {
      close(b.top)
      pages.push({ slices: [{ block: i }], cover: true })
      start = blocks[i + 1]?.top ?? b.bottom
      continue
    }
    // a page starts at a block's border edge: its top margin falls away, as in CSS
    if (!cur.length) start = b.top
    if (b.kind === 'keep' && cur.length && !fits(keepEnd(i))) close(b.top)
    if (fits(b.bottom)) {
      cur.push({ block: i })
      continue
    }
    const points: BreakPoint[] = b.kind === 'whole' || b.kind === 'keep' ? [] : breakPoints(b, column)
    let from: number | undefined
    for (;;) {
      if (fits(b.bottom)) {
        cur.push({ block: i, from })
        break
      }
      let pick: BreakPoint | null = null
      for (const p of points) {
        if (from !== undefined && p.pos <= from) continue
        if (fits(p.end)) pick = p
        else break
      }
      if (!pick && cur.length && from === undefined) {
        // nothing of it fits here: the whole block moves to the next page
        close(b.top)
        continue
      }
      // a piece taller than a page (an empty page still cannot hold it) is forced through
      pick ??= points.find((p) => from === undefined || p.pos > from) ?? null
      if (!pick) {
        cur.push({ block: i, from })
        break
      }
      cur.push({ block: i, from, to: pick.pos })
      close(pick.next)
      from = pick.pos
    }
  }
  close(0)
  return pages
}

/** The page index of every element id in the planned pages (headings for the contents). */
export function pageOfIds(pages: PlannedPage[], blocks: Block[]): Map<string, number> {
  const out = new Map<string, number>()
  pages.forEach((page, pi) => {
    for (const s of page.slices) {
      const el = blocks[s.block]!.el
      if (el.id && s.from === undefined) out.set(el.id, pi)
    }
  })
  return out
}
