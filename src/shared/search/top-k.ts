// The k best of many scored documents without sorting them all: a bounded heap whose root is
// the worst kept doc. Order is score descending, then doc number ascending (as a full sort).

export interface RankedDocs {
  docs: number[]
  scores: number[]
}

/** Doc numbers among docs[0, count) that pass `keep`, best first, at most k of them. */
export function topK(docs: Int32Array, count: number, score: Float64Array, k: number, keep: ((doc: number) => boolean) | null): number[] {
  const heap = new TopHeap(Math.min(k, count))
  for (let i = 0; i < count; i++) {
    const d = docs[i]!
    if (heap.full && !heap.admits(d, score[d]!)) continue
    if (keep && !keep(d)) continue
    heap.offer(d, score[d]!)
  }
  return heap.sorted().docs
}

/** The k best (doc, score) pairs offered so far; its root is the worst kept. */
export class TopHeap {
  private readonly docs: Int32Array
  private readonly scores: Float64Array
  private size = 0

  constructor(private readonly k: number) {
    this.docs = new Int32Array(Math.max(k, 0))
    this.scores = new Float64Array(Math.max(k, 0))
  }

  get full(): boolean {
    return this.size === this.k
  }

  /** The worst kept score (only meaningful when full). */
  get floor(): number {
    return this.scores[0]!
  }

  /** Whether a full heap would take this doc in place of its worst. */
  admits(doc: number, score: number): boolean {
    return score > this.scores[0]! || (score === this.scores[0] && doc < this.docs[0]!)
  }

  offer(doc: number, score: number): void {
    if (this.k <= 0) return
    if (this.size < this.k) {
      let j = this.size++
      this.docs[j] = doc
      this.scores[j] = score
      while (j > 0) {
        const p = (j - 1) >> 1
        if (!this.below(j, p)) break
        this.swap(j, p)
        j = p
      }
      return
    }
    if (!this.admits(doc, score)) return
    this.docs[0] = doc
    this.scores[0] = score
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let worst = i
      if (l < this.size && this.below(l, worst)) worst = l
      if (r < this.size && this.below(r, worst)) worst = r
      if (worst === i) return
      this.swap(i, worst)
      i = worst
    }
  }

  /** The kept docs, best first (score descending, then doc number ascending). */
  sorted(): RankedDocs {
    const idx = Array.from({ length: this.size }, (_, i) => i)
    idx.sort((a, b) => this.scores[b]! - this.scores[a]! || this.docs[a]! - this.docs[b]!)
    return { docs: idx.map((i) => this.docs[i]!), scores: idx.map((i) => this.scores[i]!) }
  }

  /** Slot a ranks below slot b: a lower score, or the same score and a later doc. */
  private below(a: number, b: number): boolean {
    const sa = this.scores[a]!
    const sb = this.scores[b]!
    return sa < sb || (sa === sb && this.docs[a]! > this.docs[b]!)
  }

  private swap(a: number, b: number): void {
    const d = this.docs[a]!
    this.docs[a] = this.docs[b]!
    this.docs[b] = d
    const s = this.scores[a]!
    this.scores[a] = this.scores[b]!
    this.scores[b] = s
  }
}
