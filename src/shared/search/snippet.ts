// Snippets: a short passage of a document's body around the first match, with matched spans
// marked. Indexes keep no text at scale, so callers fetch the top hits and call snippetFor.
import { normalizeText, parseQuery, tokenizeWithOffsets, type QueryPart } from './tokenize'
import type { SearchDoc } from './types'

export type Snippet = { text: string; hit: boolean }[]

/** The snippet of `doc`'s body for `query`, as SearchIndex puts into its hits. */
export function snippetFor(doc: SearchDoc, query: string, width = 80): Snippet {
  return snippet(doc.body ?? '', parseQuery(query), width)
}

/** About `width` characters of body around the first match, with matched spans marked. */
export function snippet(body: string, parts: QueryPart[], width = 80): Snippet {
  if (!body) return []
  const norm = normalizeText(body)
  // NFKC can change lengths; fall back to the normalised text when it does.
  const source = norm.length === body.length ? body : norm
  const wanted = new Set(parts.flatMap((p) => p.terms))
  const prefixes = parts.filter((p) => p.prefix).flatMap((p) => p.terms)
  const marks = tokenizeWithOffsets(body).filter((t) => wanted.has(t.term) || prefixes.some((p) => t.term.startsWith(p)))
  const first = marks[0]
  const start = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0
  const end = Math.min(source.length, start + width)
  const hit = new Array<boolean>(end - start).fill(false)
  for (const m of marks) for (let i = Math.max(m.start, start); i < Math.min(m.end, end); i++) hit[i - start] = true
  const out: Snippet = []
  if (start > 0) out.push({ text: '…', hit: false })
  for (let i = start; i < end; i++) {
    const last = out[out.length - 1]
    const h = hit[i - start]!
    if (last && last.hit === h && last.text !== '…') last.text += source[i]
    else out.push({ text: source[i]!, hit: h })
  }
  if (end < source.length) out.push({ text: '…', hit: false })
  return out
}
