// The desk's search at scale: a CompactIndex built from the database (or loaded from its
// snapshot) plus a small SearchIndex "delta" holding documents added or changed since. An
// upsert tombstones the base copy and indexes the new one in the delta; the caller rebuilds
// the base from the database when the delta grows large.
//
// Ranking: both layers rank with the collection figures of the two together (live document
// count, average length, and df summed over both layers), so their scores are comparable and
// equal to those of one index rebuilt over the same documents. Where they can still differ:
// a Latin prefix expands to at most 200 terms in each layer separately, and among equal
// scores base hits come before delta hits (a rebuild would order ties by database order).
import { CompactIndex } from './compact-index'
import { SearchIndex } from './index'
import type { CollectionStats, ScoredHit, SearchDoc, SearchKind, SearchOptions } from './types'

export class LayeredIndex {
  private readonly delta = new SearchIndex()
  private readonly deltaStamps = new Map<string, number>()

  constructor(readonly base: CompactIndex = CompactIndex.build([])) {}

  /** Live documents in both layers. */
  get size(): number {
    return this.base.size + this.delta.size
  }

  /** Documents indexed since the base was built. */
  get deltaSize(): number {
    return this.delta.size
  }

  /** Indexes a new or changed document; `stamp` is what stampOf gives back for it. */
  upsert(doc: SearchDoc, stamp?: number): void {
    const key = `${doc.kind}:${doc.id}`
    this.base.remove(doc.kind, doc.id)
    this.delta.add(doc)
    if (stamp === undefined) this.deltaStamps.delete(key)
    else this.deltaStamps.set(key, stamp)
  }

  remove(kind: SearchKind, id: string): void {
    this.base.remove(kind, id)
    this.delta.remove(kind, id)
    this.deltaStamps.delete(`${kind}:${id}`)
  }

  has(kind: SearchKind, id: string): boolean {
    return this.delta.has(kind, id) || this.base.has(kind, id)
  }

  /** The stamp of the indexed copy of a document, to tell whether its record changed since. */
  stampOf(kind: SearchKind, id: string): number | undefined {
    return this.delta.has(kind, id) ? this.deltaStamps.get(`${kind}:${id}`) : this.base.stampOf(kind, id)
  }

  /** Hits of both layers by score, at most `limit` (default 50). */
  search(query: string, opts: Omit<SearchOptions, 'stats'> = {}): ScoredHit[] {
    if (this.delta.size === 0) return this.base.search(query, opts)
    const limit = opts.limit ?? 50
    const ranked = { ...opts, limit, stats: this.stats() }
    const fromBase = this.base.search(query, ranked)
    const fromDelta = this.delta.search(query, ranked)
    const merged: ScoredHit[] = []
    let i = 0
    let j = 0
    while (merged.length < limit && (i < fromBase.length || j < fromDelta.length)) {
      const a = fromBase[i]
      const b = fromDelta[j]
      if (a && (!b || a.score >= b.score)) {
        merged.push(a)
        i++
      } else if (b) {
        merged.push({ id: b.id, kind: b.kind, score: b.score })
        j++
      }
    }
    return merged
  }

  private stats(): CollectionStats {
    const docCount = this.size
    return {
      docCount,
      avgLength: (this.base.totalLength + this.delta.totalLength) / docCount || 1,
      df: (term) => this.base.df(term) + this.delta.df(term),
    }
  }
}
