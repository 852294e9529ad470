// A small in-memory inverted index over the tokenizer's terms, with BM25-style ranking and
// field weights (a title hit outranks a body hit). Every query part must match.
import { docNumberTerms, normalizeText, parseQuery, tokenize, tokenizeWithOffsets, type QueryPart } from './tokenize'

export type SearchKind = 'policies' | 'vendors' | 'models' | 'notes' | 'briefings'
export interface SearchDoc {
  id: string
  kind: SearchKind
  /** Weighted fields: title counts most, then aliases and numbers, then body text. */
  title: string
  aliases?: string[]
  body?: string
  docNumber?: string | null
}
export interface SearchHit {
  id: string
  kind: SearchKind
  score: number
  title: string
  /** A short passage around the first body match, split into plain and matched runs. */
  snippet: { text: string; hit: boolean }[]
}

const FIELD_WEIGHT = { title: 3, aliases: 2.5, docNumber: 4, body: 1 } as const
const K1 = 1.2
const B = 0.75

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
  private totalLength = 0
  private live = 0

  get size(): number {
    return this.live
  }

  add(doc: SearchDoc): void {
    this.remove(doc.kind, doc.id)
    const n = this.docs.length
    this.docs.push(doc)
    const weights = new Map<string, number>()
    const addTerms = (terms: string[], w: number) => {
      for (const t of terms) weights.set(t, (weights.get(t) ?? 0) + w)
    }
    addTerms(tokenize(doc.title), FIELD_WEIGHT.title)
    for (const a of doc.aliases ?? []) addTerms(tokenize(a), FIELD_WEIGHT.aliases)
    if (doc.docNumber) addTerms([...docNumberTerms(doc.docNumber), ...tokenize(doc.docNumber)], FIELD_WEIGHT.docNumber)
    if (doc.body) addTerms([...tokenize(doc.body), ...docNumberTerms(doc.body)], FIELD_WEIGHT.body)
    let length = 0
    for (const [term, weight] of weights) {
      let list = this.postings.get(term)
      if (!list) {
        list = []
        this.postings.set(term, list)
        this.sortedTerms = null
      }
      list.push({ doc: n, weight })
      length += weight
    }
    this.lengths[n] = length
    this.totalLength += length
    this.byKey.set(`${doc.kind}:${doc.id}`, n)
    this.live++
  }

  remove(kind: SearchKind, id: string): void {
    const n = this.byKey.get(`${kind}:${id}`)
    if (n === undefined) return
    this.docs[n] = null
    this.totalLength -= this.lengths[n] ?? 0
    this.byKey.delete(`${kind}:${id}`)
    this.live--
  }

  private termsWithPrefix(prefix: string): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort()
    const terms = this.sortedTerms
    let lo = 0
    let hi = terms.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (terms[mid]! < prefix) lo = mid + 1
      else hi = mid
    }
    const out: string[] = []
    for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix) && out.length < 200; i++) out.push(terms[i]!)
    return out
  }

  /** Score of each live doc for one part: every term of the part must be present. */
  private scorePart(part: QueryPart, avgLength: number): Map<number, number> | null {
    let acc: Map<number, number> | null = null
    for (const term of part.terms) {
      const expanded = part.prefix ? this.termsWithPrefix(term) : [term]
      const scores = new Map<number, number>()
      for (const t of expanded) {
        const list = this.postings.get(t) ?? []
        const df = list.filter((p) => this.docs[p.doc]).length
        if (!df) continue
        const idf = Math.log(1 + (this.live - df + 0.5) / (df + 0.5))
        const exact = t === term ? 1 : 0.6
        for (const p of list) {
          if (!this.docs[p.doc]) continue
          const len = this.lengths[p.doc]!
          const tf = (p.weight * (K1 + 1)) / (p.weight + K1 * (1 - B + (B * len) / avgLength))
          scores.set(p.doc, Math.max(scores.get(p.doc) ?? 0, idf * tf * exact))
        }
      }
      acc = acc === null ? scores : intersectSum(acc, scores)
      if (acc.size === 0) return acc
    }
    return acc
  }

  search(query: string, opts: { limit?: number; kinds?: SearchKind[] } = {}): SearchHit[] {
    const parts = parseQuery(query)
    if (parts.length === 0 || this.live === 0) return []
    const avgLength = this.totalLength / this.live || 1
    let total: Map<number, number> | null = null
    for (const part of parts) {
      const s = this.scorePart(part, avgLength)
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

/** About `width` characters of body around the first match, with matched spans marked. */
export function snippet(body: string, parts: QueryPart[], width = 80): { text: string; hit: boolean }[] {
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
  const out: { text: string; hit: boolean }[] = []
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
