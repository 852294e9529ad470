// The compact index's kernel for queries with a long posting list: the exact k best docs
// without scoring every match. Each block of docs gets an upper bound of its best score (the
// sum, over the query's groups, of each group's best term bound there, from RangeTables or from
// the decoded short lists); blocks are scored best bound first, and the walk stops as soon as
// the next bound is below the k-th score held. Scores use the arithmetic of scoreGroups (max
// over a group's expansions, summed over a part's groups, then over parts), so both kernels
// agree on scores and on order (score descending, then doc number).
import { decodeList, decodeRange, type PostingTables, type TermGroup } from './compact-search'
import { BLOCK_SHIFT, BLOCK_SIZE, BOUND_STEP, RANGE_SHIFT, type RangeTable, type RangeTables } from './range-tables'
import { K1_PLUS_1, lengthNorm } from './ranking'
import { TopHeap, type RankedDocs } from './top-k'

/** A bound below the k-th score by less than this share is still scored (rounding). */
const BOUND_MARGIN = 1e-6

/** One posting list of a query: a table to seek through, or a short list decoded whole. */
interface ListSource {
  idf: number
  factor: number
  to: number
  table: RangeTable | undefined
  /** Short lists: their postings are pool[from, end). */
  from: number
  end: number
}

/** Working arrays of the kernel, kept between queries (a search allocates almost nothing). */
export class RangeScratch {
  readonly bound: Float64Array
  readonly groupBound: Float64Array
  /** Max-heap of block numbers by bound: the walk order. */
  readonly walk: Int32Array
  readonly counter = new Int32Array(BLOCK_SIZE)
  readonly best = new Float64Array(BLOCK_SIZE)
  readonly part = new Float64Array(BLOCK_SIZE)
  readonly total = new Float64Array(BLOCK_SIZE)
  readonly cand = new Int32Array(BLOCK_SIZE)
  readonly docs = new Int32Array(BLOCK_SIZE)
  readonly weights = new Float64Array(BLOCK_SIZE)
  /** Short lists, back to back. */
  poolDocs = new Int32Array(1 << 14)
  poolWeights = new Float64Array(1 << 14)

  constructor(
    blocks: number,
    /** One decoded list of any length (shared with scoreGroups' scratch). */
    readonly listDocs: Int32Array,
    readonly listWeights: Float64Array,
  ) {
    this.bound = new Float64Array(blocks)
    this.groupBound = new Float64Array(blocks)
    this.walk = new Int32Array(blocks)
  }

  /** Room for `n` more pooled postings after `used`. */
  reserve(used: number, n: number): void {
    if (used + n <= this.poolDocs.length) return
    const size = Math.max(used + n, this.poolDocs.length * 2)
    const docs = new Int32Array(size)
    docs.set(this.poolDocs.subarray(0, used))
    const weights = new Float64Array(size)
    weights.set(this.poolWeights.subarray(0, used))
    this.poolDocs = docs
    this.poolWeights = weights
  }
}

export function scoreRanges(
  s: PostingTables,
  ranges: RangeTables,
  groups: readonly TermGroup[],
  avgLength: number,
  k: number,
  keep: ((doc: number) => boolean) | null,
  scratch: RangeScratch,
): RankedDocs {
  const blocks = ranges.blocks
  const slack = ranges.slack(avgLength)
  const { bound, groupBound } = scratch
  const sources: ListSource[][] = []
  let pooled = 0
  for (let g = 0; g < groups.length; g++) {
    groupBound.fill(0)
    const list: ListSource[] = []
    for (const e of groups[g]!.expansions) {
      const table = ranges.table(e.term)
      const src: ListSource = { idf: e.idf, factor: e.factor, to: s.starts[e.term + 1]!, table, from: 0, end: 0 }
      const scale = e.idf * e.factor
      if (table) {
        const m = scale * slack * BOUND_STEP
        const max = table.max
        for (let b = 0; b < blocks; b++) {
          const v = max[b]! * m
          if (v > groupBound[b]!) groupBound[b] = v
        }
      } else {
        pooled = shortList(src, s, s.starts[e.term]!, avgLength, scale, scratch, pooled)
      }
      list.push(src)
    }
    sources.push(list)
    if (g === 0) bound.set(groupBound)
    else for (let b = 0; b < blocks; b++) bound[b] = groupBound[b]! > 0 ? bound[b]! + groupBound[b]! : 0
  }

  const walk = scratch.walk
  let live = 0
  for (let b = 0; b < blocks; b++) if (bound[b]! > 0) walk[live++] = b
  for (let i = (live >> 1) - 1; i >= 0; i--) siftDown(walk, live, i, bound)

  const heap = new TopHeap(k)
  const block = new BlockScorer(groups, s, avgLength, scratch)
  while (live > 0) {
    const b = walk[0]!
    if (heap.full && bound[b]! * (1 + BOUND_MARGIN) < heap.floor) break
    walk[0] = walk[--live]!
    siftDown(walk, live, 0, bound)
    block.score(b, sources, heap, keep)
  }
  return heap.sorted()
}

/** Max-heap of blocks by bound (ties: the lower block first, for a stable walk). */
function siftDown(heap: Int32Array, size: number, from: number, bound: Float64Array): void {
  let i = from
  for (;;) {
    const l = 2 * i + 1
    const r = l + 1
    let top = i
    if (l < size && above(heap[l]!, heap[top]!, bound)) top = l
    if (r < size && above(heap[r]!, heap[top]!, bound)) top = r
    if (top === i) return
    const t = heap[i]!
    heap[i] = heap[top]!
    heap[top] = t
    i = top
  }
}

function above(a: number, b: number, bound: Float64Array): boolean {
  return bound[a]! > bound[b]! || (bound[a] === bound[b] && a < b)
}

/** Decodes a short list into the pool and bounds its blocks exactly; returns the pool's new end. */
function shortList(src: ListSource, s: PostingTables, from: number, avgLength: number, scale: number, scratch: RangeScratch, pooled: number): number {
  const m = decodeList(s.postings, from, src.to, scratch.listDocs, scratch.listWeights)
  scratch.reserve(pooled, m)
  const { poolDocs, poolWeights, groupBound } = scratch
  for (let i = 0; i < m; i++) {
    const doc = scratch.listDocs[i]!
    const w = scratch.listWeights[i]!
    poolDocs[pooled + i] = doc
    poolWeights[pooled + i] = w
    const v = scale * ((w * K1_PLUS_1) / (w + lengthNorm(s.lengths[doc]!, avgLength)))
    const b = doc >>> BLOCK_SHIFT
    if (v > groupBound[b]!) groupBound[b] = v
  }
  src.from = pooled
  src.end = pooled + m
  return pooled + m
}

/** Exact scores of one block's docs, in arrays indexed by doc - block start. */
class BlockScorer {
  private readonly multiPart: boolean

  constructor(
    private readonly groups: readonly TermGroup[],
    private readonly s: PostingTables,
    private readonly avgLength: number,
    private readonly x: RangeScratch,
  ) {
    this.multiPart = groups.length > 0 && groups[groups.length - 1]!.part > 0
  }

  score(b: number, sources: ListSource[][], heap: TopHeap, keep: ((doc: number) => boolean) | null): void {
    const base = b << BLOCK_SHIFT
    const { counter, best, part, total, cand } = this.x
    let n = 0
    for (let g = 0; g < this.groups.length; g++) {
      const group = this.groups[g]!
      for (const src of sources[g]!) n = this.visit(g, src, this.postingsIn(src, b, base), base, n)
      // Keep the docs that matched this group, folding its best score into their part and total.
      let kept = 0
      for (let i = 0; i < n; i++) {
        const l = cand[i]!
        if (counter[l] !== g + 1) continue
        part[l] = group.firstOfPart ? best[l]! : part[l]! + best[l]!
        if (group.lastOfPart && this.multiPart) total[l] = group.part === 0 ? part[l]! : total[l]! + part[l]!
        cand[kept++] = l
      }
      n = kept
      if (n === 0) break
    }
    const score = this.multiPart ? total : part
    for (let i = 0; i < n; i++) {
      const l = cand[i]!
      if (!keep || keep(base + l)) heap.offer(base + l, score[l]!)
    }
    counter.fill(0)
  }

  /** Loads the postings of `src` in block b into the scratch docs/weights; returns their count. */
  private postingsIn(src: ListSource, b: number, base: number): number {
    const { docs, weights } = this.x
    const end = base + BLOCK_SIZE
    if (!src.table) {
      const { poolDocs, poolWeights } = this.x
      // The first pooled posting at or after the block: binary search.
      let lo = src.from
      let hi = src.end
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (poolDocs[mid]! < base) lo = mid + 1
        else hi = mid
      }
      let m = 0
      for (let i = lo; i < src.end && poolDocs[i]! < end; i++) {
        docs[m] = poolDocs[i]!
        weights[m++] = poolWeights[i]!
      }
      return m
    }
    const table = src.table
    if (table.max[b] === 0) return 0
    const r = b >>> (RANGE_SHIFT - BLOCK_SHIFT)
    return decodeRange(this.s.postings, table.offset[r]!, src.to, table.prev[r]!, base, end, docs, weights)
  }

  private visit(g: number, src: ListSource, m: number, base: number, n: number): number {
    const { counter, best, cand, docs, weights } = this.x
    const { lengths, removed } = this.s
    const { idf, factor } = src
    for (let i = 0; i < m; i++) {
      const doc = docs[i]!
      const l = doc - base
      const c = counter[l]!
      if (c !== g && c !== g + 1) continue
      if (g === 0 && c === 0) {
        if (removed[doc]) continue
        cand[n++] = l
      }
      const w = weights[i]!
      const sc = idf * ((w * K1_PLUS_1) / (w + lengthNorm(lengths[doc]!, this.avgLength))) * factor
      if (c === g) {
        best[l] = sc
        counter[l] = g + 1
      } else if (sc > best[l]!) best[l] = sc
    }
    return n
  }
}
