// The print preview's behaviour: render the stored document, paginate it into the host element
// (latest run wins), count pages, move between pages, and mark <html> so print.css prints
// only the pages while this screen is shown.
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import type { DocNode } from '@shared/briefing/doc-model'
import { renderBriefingHtml } from '@shared/briefing/render-html'
import { paginate, type PaginateOptions } from './paginate'
import { sanitizeSvg } from './sanitize-svg'

/** `covered()`: how far from the viewport's top the screen's sticky toolbar reaches (px). */
export function usePrintPreview(host: Ref<HTMLElement | null>, covered: () => number = () => 0) {
  const pageCount = ref(0)
  const counted = ref(0)
  const busy = ref(false)
  const lastMs = ref(0)
  let run = 0

  async function render(doc: DocNode, title: string, opts: PaginateOptions): Promise<void> {
    const mine = ++run
    busy.value = true
    // marks for the PDF benchmark (bench/briefings.mjs): time from navigation to pages on screen
    performance.mark('briefing-print:render')
    try {
      const html = renderBriefingHtml(doc, { sanitizeSvg, title })
      const res = await paginate(html, opts)
      // a newer run started while this one waited for fonts and images: drop this one
      if (mine !== run || !host.value) return
      host.value.className = `pages style-${opts.style}`
      host.value.replaceChildren(...res.pages)
      pageCount.value = res.pages.length
      counted.value = res.counted
      lastMs.value = Math.round(res.ms)
      host.value.dataset['ms'] = String(lastMs.value)
      host.value.dataset['passes'] = String(res.passes)
      performance.mark('briefing-print:pages')
    } finally {
      if (mine === run) busy.value = false
    }
  }

  const pages = (): HTMLElement[] => [...(host.value?.querySelectorAll<HTMLElement>(':scope > .page') ?? [])]

  /** The page at the top of what is visible under the toolbar. */
  function currentPage(): number {
    const list = pages()
    const edge = covered() + 2
    const idx = list.findIndex((p) => p.getBoundingClientRect().bottom > edge + 8)
    return idx < 0 ? list.length - 1 : idx
  }

  /** Scrolls a page's top to just under the toolbar. */
  function goTo(index: number): void {
    const list = pages()
    const target = list[Math.max(0, Math.min(list.length - 1, index))]
    if (!target) return
    let scroller: HTMLElement | null = target.parentElement
    while (scroller && !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))) scroller = scroller.parentElement
    const delta = target.getBoundingClientRect().top - covered() - 8
    if (scroller) scroller.scrollTop += delta
    else window.scrollBy(0, delta)
  }

  onMounted(() => {
    document.documentElement.dataset['print'] = 'pages'
  })
  onBeforeUnmount(() => {
    delete document.documentElement.dataset['print']
    run++
  })

  return { pageCount, counted, busy, lastMs, render, currentPage, goTo, pagesHtml: () => pages().map((p) => p.outerHTML).join('') }
}
