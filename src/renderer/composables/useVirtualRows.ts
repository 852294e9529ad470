// Windowed rendering for long lists: only the rows in view (plus a margin) are in the DOM.
import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export function useVirtualRows(container: Ref<HTMLElement | null>, count: Ref<number>, rowHeight: number, overscan = 8) {
  const scrollTop = ref(0)
  const viewport = ref(600)
  const onScroll = () => (scrollTop.value = container.value?.scrollTop ?? 0)
  let observer: ResizeObserver | null = null
  onMounted(() => {
    container.value?.addEventListener('scroll', onScroll, { passive: true })
    observer = new ResizeObserver(() => (viewport.value = container.value?.clientHeight ?? 600))
    if (container.value) observer.observe(container.value)
  })
  onBeforeUnmount(() => {
    container.value?.removeEventListener('scroll', onScroll)
    observer?.disconnect()
  })
  const start = computed(() => Math.max(0, Math.floor(scrollTop.value / rowHeight) - overscan))
  const end = computed(() => Math.min(count.value, Math.ceil((scrollTop.value + viewport.value) / rowHeight) + overscan))
  const padTop = computed(() => start.value * rowHeight)
  const padBottom = computed(() => Math.max(0, (count.value - end.value) * rowHeight))
  /** Scrolls so that row i is visible (for keyboard navigation). */
  function reveal(i: number): void {
    const el = container.value
    if (!el) return
    const top = i * rowHeight
    if (top < el.scrollTop) el.scrollTop = top
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight
  }
  return { start, end, padTop, padBottom, reveal }
}
