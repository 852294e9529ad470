// A compact, persistable full-text index for the whole desk (100k+ documents): the same terms
// and BM25 ranking as SearchIndex, held in a few typed arrays (doc table, sorted dictionary,
// varint postings; see compact-snapshot.ts and postings.ts) instead of maps of objects.
// It keeps no text: hits carry id, kind and score; the caller makes snippets (snippet.ts).
import { buildSnapshot, KIND_CODE } from './compact-build'
import { checkSnapshot, COMPACT_FORMAT, type CompactSnapshot } from './compact-snapshot'
import { Scratch, scoreGroups, type Expansion, type TermGroup } from './compact-search'
import { IdTable } from './id-table'
import { forEachPosting } from './postings'
import { RangeTables } from './range-tables'
import { RangeScratch, scoreRanges } from './range-search'
import { idf, PREFIX_FACTOR, prefixRange } from './ranking'
import { parseQuery } from './tokenize'
import { topK } from './top-k'
import { SEARCH_KINDS, type ScoredHit, type SearchDoc, type SearchKind, type SearchOptions } from './types'

export type { CompactSnapshot } from './compact-snapshot'

export class CompactIndex {
  private readonly terms: string[]
  private live = 0
  private total = 0
  private removedCount = 0
  private idTable: IdTable | null = null
  /** Live df of terms read since the last removal (only kept while there are removals). */
  private readonly liveDf = new Map<number, number>()
  private scratch: Scratch | null = null
  /** Bounds of the long lists: from the snapshot, or computed with the live average length. */
  private ranges: RangeTables
  private rangeScratch: RangeScratch | null = null

  private constructor(private readonly s: CompactSnapshot) {
    checkSnapshot(s)
    this.terms = s.terms === '' ? [] : s.terms.split('\n')
    if (this.terms.length !== s.df.length) throw new Error('search snapshot: dictionary and postings differ in length')
    for (let d = 0; d < s.docCount; d++) {
      if (s.removed[d]) this.removedCount++
      else {
        this.live++
        this.total += s.lengths[d]!
      }
    }
    this.ranges = s.ranges ? RangeTables.fromData(s.docCount, s.ranges) : RangeTables.compute(s, this.total / this.live || 1)
  }

  /** Indexes `docs` in order; `stampOf` gives each its stamp (e.g. updatedAt) for stampOf(). */
  static build(docs: Iterable<SearchDoc>, stampOf?: (doc: SearchDoc) => number): CompactIndex {
    return new CompactIndex(buildSnapshot(docs, stampOf))
  }

  /** Loads a snapshot without re-tokenising; it keeps (does not copy) the snapshot's arrays. */
  static fromSnapshot(snapshot: CompactSnapshot): CompactIndex {
    return new CompactIndex({ ...snapshot, removed: snapshot.removed.slice() })
  }

  /**
   * The index as plain data. It shares the index's read-only buffers: structured-clone it (as
   * IndexedDB does) rather than transferring them if this index stays in use.
   */
  toSnapshot(): CompactSnapshot {
    return { ...this.s, format: COMPACT_FORMAT, removed: this.s.removed.slice(), terms: this.terms.join('\n'), ranges: this.ranges.toData() }
  }

  /** Live documents. */
  get size(): number {
    return this.live
  }

  /** Sum of the live documents' BM25 lengths. */
  get totalLength(): number {
    return this.total
  }

  has(kind: SearchKind, id: string): boolean {
    return this.docOf(kind, id) !== undefined
  }

  /** Tombstones a document so searches skip it; false when it was not there. */
  remove(kind: SearchKind, id: string): boolean {
    const d = this.docOf(kind, id)
    if (d === undefined) return false
    this.s.removed[d] = 1
    this.removedCount++
    this.live--
    this.total -= this.s.lengths[d]!
    this.liveDf.clear()
    return true
  }

  /** The stamp given at build time, if the doc is live and stamps were given. */
  stampOf(kind: SearchKind, id: string): number | undefined {
    const d = this.docOf(kind, id)
    return d === undefined ? undefined : this.s.stamps?.[d]
  }

  /** Every live document with its stamp, in build order. */
  *entries(): IterableIterator<{ kind: SearchKind; id: string; stamp: number | undefined }> {
    for (let d = 0; d < this.s.docCount; d++) {
      if (!this.s.removed[d]) yield { kind: SEARCH_KINDS[this.s.kinds[d]!]!, id: this.idOf(d), stamp: this.s.stamps?.[d] }
    }
  }

  /** Live documents holding `term`. */
  df(term: string): number {
    const t = this.termIndex(term)
    return t < 0 ? 0 : this.termDf(t)
  }

  search(query: string, opts: SearchOptions = {}): ScoredHit[] {
    const parts = parseQuery(query)
    if (parts.length === 0 || this.live === 0) return []
    const stats = opts.stats
    const docCount = stats ? stats.docCount : this.live
    const avgLength = stats ? stats.avgLength : this.total / this.live || 1
    const groups: TermGroup[] = []
    for (const [p, part] of parts.entries()) {
      part.terms.forEach((term, i) => {
        const [from, to] = part.prefix ? prefixRange(this.terms, term) : this.exactRange(term)
        const expansions: Expansion[] = []
        for (let t = from; t < to; t++) {
          const df = this.termDf(t)
          if (!df) continue
          const word = this.terms[t]!
          expansions.push({ term: t, idf: idf(docCount, stats ? stats.df(word) : df), factor: word === term ? 1 : PREFIX_FACTOR })
        }
        groups.push({ expansions, firstOfPart: i === 0, lastOfPart: i === part.terms.length - 1, part: p })
      })
    }
    if (groups.some((g) => g.expansions.length === 0)) return []
    if (!this.scratch) {
      CompactIndex.warmUp()
      this.scratch = new Scratch(this.s.docCount)
    }
    const kinds = opts.kinds ? new Set(opts.kinds.map((k) => KIND_CODE[k])) : null
    const keep = kinds ? (d: number) => kinds.has(this.s.kinds[d]!) : null
    const limit = opts.limit ?? 50
    if (groups.some((g) => g.expansions.some((e) => this.ranges.table(e.term)))) {
      this.rangeScratch ??= new RangeScratch(this.ranges.blocks, this.scratch.listDocs, this.scratch.listWeights)
      const hits = scoreRanges(this.s, this.ranges, groups, avgLength, limit, keep, this.rangeScratch)
      return hits.docs.map((d, i) => ({ id: this.idOf(d), kind: SEARCH_KINDS[this.s.kinds[d]!]!, score: hits.scores[i]! }))
    }
    const { count, score } = scoreGroups(this.s, groups, avgLength, this.scratch)
    const best = topK(this.scratch.docs, count, score, limit, keep)
    this.scratch.clear(count)
    return best.map((d) => ({ id: this.idOf(d), kind: SEARCH_KINDS[this.s.kinds[d]!]!, score: score[d]! }))
  }

  private idOf(d: number): string {
    return this.s.ids.slice(d === 0 ? 0 : this.s.idEnds[d - 1], this.s.idEnds[d])
  }

  private docOf(kind: SearchKind, id: string): number | undefined {
    this.idTable ??= new IdTable(this.s.kinds, this.s.ids, this.s.idEnds)
    const d = this.idTable.find(KIND_CODE[kind], id)
    return d < 0 || this.s.removed[d] ? undefined : d
  }

  private termIndex(term: string): number {
    const [from, to] = this.exactRange(term)
    return from < to ? from : -1
  }

  /** [t, t+1) when `term` is in the dictionary, else an empty range. */
  private exactRange(term: string): [number, number] {
    let lo = 0
    let hi = this.terms.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.terms[mid]! < term) lo = mid + 1
      else hi = mid
    }
    return this.terms[lo] === term ? [lo, lo + 1] : [lo, lo]
  }

  private termDf(t: number): number {
    if (this.removedCount === 0) return this.s.df[t]!
    let df = this.liveDf.get(t)
    if (df === undefined) {
      let n = 0
      forEachPosting(this.s.postings, this.s.starts[t]!, this.s.starts[t + 1]!, (doc) => {
        if (!this.s.removed[doc]) n++
      })
      this.liveDf.set(t, (df = n))
    }
    return df
  }

  private static warmed = false
  /**
   * Runs every path of the query kernel on a tiny index, once per process, before the first real
   * search: V8 then optimises the kernel with full type feedback instead of interpreting, and
   * deoptimising on, the first long posting lists of each new kind of query (which made the first
   * prefix query some ten times slower than the next). Costs a few tens of milliseconds, once.
   */
  private static warmUp(): void {
    if (CompactIndex.warmed) return
    CompactIndex.warmed = true
    // Enough docs for several blocks, lists long and short, weights and lengths that vary.
    const words = ['大模型', '算力', '人工智能', '数据要素', '开源', '人才', '具身智能', 'gpu', 'maas']
    const docs: SearchDoc[] = Array.from({ length: 300 }, (_, i) => ({
      kind: i % 3 ? 'notes' : 'policies',
      id: String(i),
      title: `${words[i % words.length]}${i % 5 ? '行动计划' : '若干措施'}`,
      body: `${`${words[(i * 7) % words.length]} `.repeat(1 + (i % 9))}ai aigc ${i % 4 ? 'ai' + i : ''} 京政发〔2023〕${i % 50}号 ${i % 11 ? '' : '广东省'}`,
    }))
    // Once as is (every list short: scoreGroups), once with a table for every list of 8 or more
    // docs (scoreRanges, with short lists beside tables).
    const queries = ['大模型', 'ai 大模型', 'ai', 'aigc', '京', '算力 人工智能', '广东省 人工智能', '数据要素', '具身智能 gpu', '京政发[2023]3号', '量子']
    for (const minDf of [Infinity, 8]) {
      const tiny = CompactIndex.build(docs)
      tiny.ranges = RangeTables.compute(tiny.s, tiny.total / tiny.live, minDf)
      for (let round = 0; round < 12; round++) {
        if (round === 6) tiny.remove('policies', '0')
        for (const q of queries) tiny.search(q, { limit: round % 3 ? 30 : 3, kinds: round % 2 ? ['notes'] : undefined })
      }
    }
  }
}
