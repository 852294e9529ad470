// A small in-memory inverted index over the tokenizer's terms, with BM25-style ranking and
// field weights (a title hit outranks a body hit). Every query part must match. At scale it
// is the "delta" layer over a CompactIndex (layered-index.ts).
import { docLength, idf, PREFIX_FACTOR, prefixRange, saturate, termWeights } from './ranking'
import { snippet } from './snippet'
import { parseQuery, type QueryPart } from './tokenize'
import type { CollectionStats, SearchDoc, SearchHit, SearchKind, SearchOptions } from './types'

export type { CollectionStats, ScoredHit, SearchDoc, SearchHit, SearchKind, SearchOptions } from './types'
export { snippet, snippetFor } from './snippet'

interface Posting {
  doc: number
  weight: number
}

export class SearchIndex {
  private docs: (SearchDoc | null)[] = []
  private lengths: number[] = []
  private byKey = new Map<string, number>()
  private postings = new Map<string, Posting[]>()
  private sortedTerms: string[] | null = null
  private total = 0
  private live = 0

  get size(): number {
    return this.live
  }

  /** Sum of the live documents' BM25 lengths. */
  get totalLength(): number {
    return this.total
  }

  add(doc: SearchDoc): void {
    this.remove(doc.kind, doc.id)
    const n = this.docs.length
    this.docs.push(doc)
    const weights = termWeights(doc)
    for (const [term, weight] of weights) {
      let list = this.postings.get(term)
      if (!list) {
        list = []
        this.postings.set(term, list)
        this.sortedTerms = null
      }
      list.push({ doc: n, weight })
    }
    const length = docLength(weights)
    this.lengths[n] = length
    this.total += length
    this.byKey.set(`${doc.kind}:${doc.id}`, n)
    this.live++
  }

  remove(kind: SearchKind, id: string): void {
    const n = this.byKey.get(`${kind}:${id}`)
    if (n === undefined) return
    this.docs[n] = null
    this.total -= this.lengths[n] ?? 0
    this.byKey.delete(`${kind}:${id}`)
    this.live--
  }

  has(kind: SearchKind, id: string): boolean {
    return this.byKey.has(`${kind}:${id}`)
  }

  /** Live documents holding `term`. */
  df(term: string): number {
    return (this.postings.get(term) ?? []).filter((p) => this.docs[p.doc]).length
  }

  private termsWithPrefix(prefix: string): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort()
    const [from, to] = prefixRange(this.sortedTerms, prefix)
    return this.sortedTerms.slice(from, to)
  }

  /** Score of each live doc for one part: every term of the part must be present. */
  private scorePart(part: QueryPart, stats: CollectionStats | null, avgLength: number): Map<number, number> | null {
    let acc: Map<number, number> | null = null
    for (const term of part.terms) {
      const expanded = part.prefix ? this.termsWithPrefix(term) : [term]
      const scores = new Map<number, number>()
      for (const t of expanded) {
        const list = this.postings.get(t) ?? []
        const df = list.filter((p) => this.docs[p.doc]).length
        if (!df) continue
        const termIdf = stats ? idf(stats.docCount, stats.df(t)) : idf(this.live, df)
        const exact = t === term ? 1 : PREFIX_FACTOR
        for (const p of list) {
          if (!this.docs[p.doc]) continue
          const tf = saturate(p.weight, this.lengths[p.doc]!, avgLength)
          scores.set(p.doc, Math.max(scores.get(p.doc) ?? 0, termIdf * tf * exact))
        }
      }
      acc = acc === null ? scores : intersectSum(acc, scores)
      if (acc.size === 0) return acc
    }
    return acc
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const parts = parseQuery(query)
    if (parts.length === 0 || this.live === 0) return []
    const stats = opts.stats ?? null
    const avgLength = stats ? stats.avgLength : this.total / this.live || 1
    let total: Map<number, number> | null = null
    for (const part of parts) {
      const s = this.scorePart(part, stats, avgLength)
      if (!s || s.size === 0) return []
      total = total === null ? s : intersectSum(total, s)
    }
    const kinds = opts.kinds ? new Set(opts.kinds) : null
    const ranked = [...(total ?? new Map<number, number>())]
      .filter(([doc]) => !kinds || kinds.has(this.docs[doc]!.kind))
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, opts.limit ?? 50)
    return ranked.map(([doc, score]) => {
      const d = this.docs[doc]!
      return { id: d.id, kind: d.kind, score, title: d.title, snippet: snippet(d.body ?? '', parts) }
    })
  }
}

/** Documents in both maps, with their scores added: every query term must match. */
function intersectSum(a: Map<number, number>, b: Map<number, number>): Map<number, number> {
  const out = new Map<number, number>()
  for (const [doc, v] of a) {
    const w = b.get(doc)
    if (w !== undefined) out.set(doc, v + w)
  }
  return out
}
