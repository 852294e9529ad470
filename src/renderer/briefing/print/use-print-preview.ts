// The print preview's behaviour: render the stored document, paginate it into the host element
// (latest run wins), count pages, move between pages, and mark <html> so print.css prints
// only the pages while this screen is shown.
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'
import type { DocNode } from '@shared/briefing/doc-model'
import { renderBriefingHtml } from '@shared/briefing/render-html'
import { paginate, type PaginateOptions } from './paginate'
import { sanitizeSvg } from './sanitize-svg'

export function usePrintPreview(host: Ref<HTMLElement | null>) {
  const pageCount = ref(0)
  const counted = ref(0)
  const busy = ref(false)
  const lastMs = ref(0)
  let run = 0

  async function render(doc: DocNode, title: string, opts: PaginateOptions): Promise<void> {
    const mine = ++run
    busy.value = true
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
    } finally {
      if (mine === run) busy.value = false
    }
  }

  const pages = (): HTMLElement[] => [...(host.value?.querySelectorAll<HTMLElement>(':scope > .page') ?? [])]

  /** The page whose box holds the top of the viewport (under the toolbar). */
  function currentPage(): number {
    const list = pages()
    const idx = list.findIndex((p) => p.getBoundingClientRect().bottom > 80)
    return idx < 0 ? list.length - 1 : idx
  }

  function goTo(index: number): void {
    const list = pages()
    const target = list[Math.max(0, Math.min(list.length - 1, index))]
    target?.scrollIntoView({ block: 'start' })
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
