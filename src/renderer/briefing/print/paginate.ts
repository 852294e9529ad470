// The paginator: lays the rendered document out in an off-screen column of the page's text
// width, cuts it into A4 pages, writes the page numbers into the contents and repeats when that
// changed the layout (at most 3 passes). The pages it returns are what prints: the preview is the print.
import type { PageNumbering, PrintStyle } from '@shared/briefing/doc-model'
import { buildPages, footnoteList } from './build-pages'
import { measureBlocks, measureFootnoteRefs } from './measure'
import { pageOfIds, planPages, type PlannedPage } from './plan'

export interface PaginateOptions {
  style: PrintStyle
  pageNumbers: PageNumbering
  /** running header on every page but the cover */
  header: string
}

export interface PaginateResult {
  pages: HTMLElement[]
  /** counted pages (the cover is not counted) */
  counted: number
  passes: number
  ms: number
}

const MAX_PASSES = 3

/** The off-screen column: same classes as the pages, so the same style rules apply. */
function measuringColumn(style: PrintStyle): { root: HTMLElement; column: HTMLElement; bodyHeight: number; notes: HTMLElement } {
  const root = document.createElement('div')
  root.className = `pages style-${style} measuring`
  root.setAttribute('aria-hidden', 'true')
  // a page box to read the text area's size from the style sheet
  const probe = document.createElement('div')
  probe.className = 'page'
  const probeBody = document.createElement('div')
  probeBody.className = 'page-body'
  probe.appendChild(probeBody)
  const column = document.createElement('div')
  column.className = 'page-body column'
  const notes = document.createElement('div')
  notes.className = 'page-body column'
  root.append(probe, column, notes)
  document.body.appendChild(root)
  return { root, column, bodyHeight: probeBody.getBoundingClientRect().height, notes }
}

async function settle(column: HTMLElement): Promise<void> {
  await Promise.all([...column.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)))
  await document.fonts.ready
}

/** Writes each heading's page number into the contents; true when a number changed. */
function fillContents(column: HTMLElement, pages: PlannedPage[], byId: Map<string, number>): boolean {
  const firstCounted = pages.findIndex((p) => !p.cover)
  let changed = false
  for (const slot of column.querySelectorAll<HTMLElement>('.toc-page')) {
    const at = byId.get(slot.dataset['for'] ?? '')
    const text = at === undefined ? '' : String(at - Math.max(0, firstCounted) + 1)
    if (slot.textContent !== text) {
      slot.textContent = text
      changed = true
    }
  }
  return changed
}

export async function paginate(html: string, opts: PaginateOptions): Promise<PaginateResult> {
  const { root, column, bodyHeight, notes } = measuringColumn(opts.style)
  try {
    // the HTML comes from renderBriefingHtml: escaped, links and images allow-listed, SVG sanitized
    const t0 = performance.now()
    column.innerHTML = html
    await settle(column)
    const refs = measureFootnoteRefs(column)
    // every footnote measured once, in the footnote area's own style
    const area = footnoteList(refs.map(({ n, text }) => ({ n, text })))
    notes.appendChild(area)
    const heights = new Map<number, number>()
    let sum = 0
    for (const li of area.querySelectorAll<HTMLElement>('li')) {
      const h = li.getBoundingClientRect().height
      heights.set(Number(li.dataset['fn']), h)
      sum += h
    }
    const overhead = refs.length ? area.getBoundingClientRect().height - sum : 0

    let plan: PlannedPage[] = []
    let blocks = measureBlocks(column, bodyHeight)
    let passes = 0
    for (;;) {
      passes++
      plan = planPages({ blocks, column, bodyHeight, refs: passes === 1 ? refs : measureFootnoteRefs(column), footnoteHeight: (n) => heights.get(n) ?? 0, footnoteOverhead: overhead })
      const changed = fillContents(column, plan, pageOfIds(plan, blocks))
      if (!changed || passes >= MAX_PASSES) break
      blocks = measureBlocks(column, bodyHeight)
    }
    const pages = buildPages(plan, blocks, { header: opts.header, pageNumbers: opts.pageNumbers })
    return { pages, counted: plan.filter((p) => !p.cover).length, passes, ms: performance.now() - t0 }
  } finally {
    root.remove()
  }
}
