// Live charts follow the data: when a briefing opens, each chart block that is not frozen is
// drawn again from the current records (frozen ones keep their SVG). ECharts loads only if the
// briefing has a live chart.
import type { ChartAttrs, DocNode } from '@shared/briefing/doc-model'
import type { PolicyLite } from '@shared/policy/lite'

export function hasLiveChart(doc: DocNode): boolean {
  return (doc.content ?? []).some((n) => n.type === 'chart' && n.attrs?.['frozen'] !== true)
}

/** The document with its live charts redrawn; the same object when no drawing changed. */
export async function redrawLiveCharts<D extends object>(stored: D, policies: readonly PolicyLite[]): Promise<{ doc: D; redrawn: number }> {
  const doc = stored as unknown as DocNode
  if (!hasLiveChart(doc)) return { doc: stored, redrawn: 0 }
  const { drawChart } = await import('./chart-svg')
  let redrawn = 0
  const content = (doc.content ?? []).map((n) => {
    if (n.type !== 'chart' || n.attrs?.['frozen'] === true) return n
    const a = n.attrs as unknown as ChartAttrs
    const next = drawChart(a.chartKind, a.params ?? {}, a.caption ?? '', policies, false)
    if (next.svg === a.svg) return n
    redrawn++
    return { ...n, attrs: { ...n.attrs, ...next } }
  })
  return redrawn ? { doc: { ...doc, content } as unknown as D, redrawn } : { doc: stored, redrawn: 0 }
}
