// The passage the analyst has selected in a policy's text, as a quote anchor ready to go into a
// note, with where to show the "quote" button. Quotable fields are elements marked
// data-quote-field (HighlightedText); a selection that reaches past one field is cut to it, and
// one spanning several fields is not quotable.
import { onBeforeUnmount, onMounted, shallowRef, type Ref, type ShallowRef } from 'vue'
import { QUOTE_FIELDS, type QuoteAnchor, type QuoteField } from '@shared/model/user-data'
import { makeAnchor } from '@shared/notes/anchor'

export interface PendingQuote {
  anchor: QuoteAnchor
  /** Viewport position just below the end of the selection. */
  top: number
  left: number
}

const isField = (s: string | undefined): s is QuoteField => (QUOTE_FIELDS as readonly string[]).includes(s ?? '')

/** Characters of `field`'s text before the point (node, offset). */
function offsetIn(field: Element, node: Node, offset: number): number {
  const r = document.createRange()
  r.selectNodeContents(field)
  r.setEnd(node, offset)
  return r.toString().length
}

export function useQuoteSelection(
  root: Ref<HTMLElement | null>,
  textOf: (field: QuoteField, index?: number) => string | null,
  /** While true (the quote button has the focus), a collapsed selection keeps the pending quote. */
  keep: () => boolean,
): { pending: ShallowRef<PendingQuote | null>; clear: () => void } {
  const pending = shallowRef<PendingQuote | null>(null)
  let frame = 0

  function read(): PendingQuote | null {
    const sel = document.getSelection()
    const el = root.value
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !el) return null
    const range = sel.getRangeAt(0)
    // A triple click ends the range at the start of the next block: fields touched without a
    // selected character do not count.
    const hits = [...el.querySelectorAll<HTMLElement>('[data-quote-field]')]
      .filter((f) => range.intersectsNode(f))
      .map((f) => {
        const whole = document.createRange()
        whole.selectNodeContents(f)
        const start = range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0 ? 0 : offsetIn(f, range.startContainer, range.startOffset)
        const end = range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0 ? (f.textContent ?? '').length : offsetIn(f, range.endContainer, range.endOffset)
        return { f, start, end }
      })
      .filter((h) => h.end > h.start)
    if (hits.length !== 1) return null
    const { f, start, end } = hits[0]!
    const field = f.dataset['quoteField']
    if (!isField(field)) return null
    const index = f.dataset['quoteIndex'] === undefined ? undefined : Number(f.dataset['quoteIndex'])
    const text = textOf(field, index)
    if (text === null || f.textContent !== text) return null
    const anchor = makeAnchor(text, start, end, field, index)
    if (!anchor) return null
    const rects = range.getClientRects()
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect()
    return { anchor, top: Math.min(last.bottom + 6, window.innerHeight - 40), left: Math.max(8, Math.min(last.right - 40, window.innerWidth - 200)) }
  }

  function update(): void {
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(() => {
      const next = read()
      if (next || !keep()) pending.value = next
    })
  }
  function clear(): void {
    pending.value = null
  }

  onMounted(() => {
    document.addEventListener('selectionchange', update)
    window.addEventListener('scroll', update, true)
    window.addEventListener('resize', update)
  })
  onBeforeUnmount(() => {
    cancelAnimationFrame(frame)
    document.removeEventListener('selectionchange', update)
    window.removeEventListener('scroll', update, true)
    window.removeEventListener('resize', update)
  })
  return { pending, clear }
}
