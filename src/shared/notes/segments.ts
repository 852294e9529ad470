// A text cut into plain and highlighted runs, so a template can wrap the quoted ones in <mark>
// without building HTML. Quotes may overlap: a run covered by several lists them all, the
// shortest (innermost) quote first.
export interface Highlight {
  id: string
  start: number
  end: number
}

export interface Segment {
  start: number
  end: number
  text: string
  /** The highlights covering this run, innermost first; empty for plain text. */
  ids: string[]
}

export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
  const valid = highlights
    .filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)
  const cuts = [...new Set([0, text.length, ...valid.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!
    const end = cuts[i + 1]!
    const ids = valid.filter((h) => h.start <= start && h.end >= end).map((h) => h.id)
    out.push({ start, end, text: text.slice(start, end), ids })
  }
  return out
}
