// Builds the page elements from a plan: each an A4 box with header, text area (with its
// footnotes at the bottom) and footer. Split blocks are cloned and cut: paragraphs at a
// character offset (inline marks kept), tables between rows (header repeated), lists between items.
import type { PageNumbering } from '@shared/briefing/doc-model'
import { textNodes, type Block } from './measure'
import type { PlannedPage, Slice } from './plan'

export interface Chrome {
  header: string
  pageNumbers: PageNumbering
}

function pointAt(root: Node, offset: number): { node: Text; offset: number } | null {
  const nodes = textNodes(root)
  const at = nodes.findLast((t) => t.start <= offset)
  return at ? { node: at.node, offset: Math.min(offset - at.start, at.node.length) } : null
}

/** Inline elements left empty by a cut (a citation mark split off) would print as nothing but take a box. */
function dropEmpty(root: HTMLElement): void {
  for (const el of [...root.querySelectorAll('strong, em, u, s, code, sup, sub, a, span')].reverse()) {
    if (!el.textContent && !el.querySelector('img, br')) el.remove()
  }
}

function sliceText(el: HTMLElement, from: number | undefined, to: number | undefined): HTMLElement {
  const copy = el.cloneNode(true) as HTMLElement
  const range = document.createRange()
  if (to !== undefined) {
    const p = pointAt(copy, to)
    if (p) {
      range.setStart(p.node, p.offset)
      range.setEndAfter(copy.lastChild!)
      range.deleteContents()
    }
    copy.classList.add('split')
  }
  if (from !== undefined) {
    const p = pointAt(copy, from)
    if (p) {
      range.setStartBefore(copy.firstChild!)
      range.setEnd(p.node, p.offset)
      range.deleteContents()
    }
    // the rest of a paragraph goes on without a first-line indent
    copy.classList.add('cont')
    copy.removeAttribute('id')
  }
  dropEmpty(copy)
  return copy
}

function sliceRows(el: HTMLElement, from = 0, to = Number.POSITIVE_INFINITY): HTMLElement {
  const copy = el.cloneNode(true) as HTMLElement
  copy.querySelectorAll(':scope > tbody > tr').forEach((tr, i) => {
    if (i < from || i >= to) tr.remove()
  })
  if (from > 0) copy.classList.add('cont')
  return copy
}

function sliceItems(el: HTMLElement, from = 0, to = Number.POSITIVE_INFINITY): HTMLElement {
  const copy = el.cloneNode(true) as HTMLElement
  ;[...copy.children].forEach((c, i) => {
    if (i < from || i >= to) c.remove()
  })
  if (from > 0) {
    copy.classList.add('cont')
    // an ordered list goes on counting
    if (copy.tagName === 'OL') copy.setAttribute('start', String(((el as HTMLOListElement).start || 1) + from))
  }
  return copy
}

function sliceBlock(block: Block, s: Slice): HTMLElement {
  if (s.from === undefined && s.to === undefined) return block.el.cloneNode(true) as HTMLElement
  if (block.kind === 'lines') return sliceText(block.el, s.from, s.to)
  if (block.kind === 'rows') return sliceRows(block.el, s.from, s.to)
  return sliceItems(block.el, s.from, s.to)
}

const div = (cls: string, text?: string): HTMLDivElement => {
  const d = document.createElement('div')
  d.className = cls
  if (text !== undefined) d.textContent = text
  return d
}

export function footnoteList(notes: { n: number; text: string }[]): HTMLElement {
  const area = div('page-footnotes')
  const ol = document.createElement('ol')
  for (const { n, text } of notes) {
    const li = document.createElement('li')
    li.value = n
    li.dataset['fn'] = String(n)
    li.textContent = text
    ol.appendChild(li)
  }
  area.appendChild(ol)
  return area
}

/** "第 X 页 / 共 Y 页" or "— X —"; the cover has no number and is not counted. */
export function pageLabel(numbering: PageNumbering, n: number, total: number): string {
  return numbering === 'chinese' ? `第 ${n} 页 / 共 ${total} 页` : `— ${n} —`
}

export function buildPages(plan: PlannedPage[], blocks: Block[], chrome: Chrome): HTMLElement[] {
  const counted = plan.filter((p) => !p.cover).length
  let n = 0
  return plan.map((planned) => {
    const page = div('page')
    const body = div('page-body')
    for (const s of planned.slices) body.appendChild(sliceBlock(blocks[s.block]!, s))
    if (planned.cover) {
      page.classList.add('cover-page')
      page.append(body)
      return page
    }
    n++
    page.classList.add(n % 2 === 1 ? 'odd' : 'even')
    page.dataset['page'] = String(n)
    const refs = [...body.querySelectorAll<HTMLElement>('.fn-ref')]
    if (refs.length) body.appendChild(footnoteList(refs.map((r) => ({ n: Number(r.dataset['fn']), text: r.dataset['fnText'] ?? '' }))))
    page.append(div('page-header', chrome.header), body, div('page-footer', pageLabel(chrome.pageNumbers, n, counted)))
    return page
  })
}
