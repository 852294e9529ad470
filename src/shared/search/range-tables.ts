// Per-block bounds for the compact index's long posting lists. Doc numbers are cut into blocks
// of BLOCK_SIZE; for each term holding at least MIN_TABLE_DF docs, a table gives, per block,
// the best saturated term frequency of any doc there (an upper bound of what the term can add
// to a score), and per range of RANGE_SIZE docs where the range's postings start. A query then
// scores the most promising blocks first and stops once no unscored block can reach its k-th
// hit (range-search.ts). Tables are computed with the index and saved in its snapshot
// (RangeTablesData); a snapshot saved without them gets them computed on load.
import { decodeRange, stopped } from './compact-search'
import { K1_PLUS_1, lengthNorm } from './ranking'

/** Bounds are kept per block of 32 docs; seek positions per range of 128 (4 blocks). */
export const BLOCK_SHIFT = 5
export const RANGE_SHIFT = 7
export const BLOCK_SIZE = 1 << BLOCK_SHIFT
export const RANGE_SIZE = 1 << RANGE_SHIFT
/** Shorter lists are decoded whole by a query: cheaper than a table for them. */
export const MIN_TABLE_DF = 2048
/** A block's bound is stored as a byte: this many steps up to K1 + 1, rounded up. */
export const BOUND_STEP = K1_PLUS_1 / 255

export interface RangeTable {
  /** Per block: the highest w·(k1+1)/(w+norm) among the term's docs there, in BOUND_STEPs rounded up; 0 where none. */
  max: Uint8Array
  /** Per range: byte offset of the term's first posting at or after the range's first doc. */
  offset: Uint32Array
  /** Per range: the doc of the posting before `offset` (-1 for none), where gap decoding resumes. */
  prev: Int32Array
}

interface Postings {
  postings: Uint8Array
  starts: Uint32Array
  lengths: Float32Array
  df: Uint32Array
}

/** The tables as plain data, for a snapshot: term t's table is the i-th slice where terms[i] = t. */
export interface RangeTablesData {
  avgLength: number
  /** Term numbers with a table, ascending. */
  terms: Uint32Array
  /** terms.length slices of `blocks` bytes, `ranges` offsets and `ranges` prev docs. */
  max: Uint8Array
  offset: Uint32Array
  prev: Int32Array
}

export class RangeTables {
  readonly blocks: number
  readonly ranges: number
  private readonly tables = new Map<number, RangeTable>()

  private constructor(
    docCount: number,
    private readonly data: RangeTablesData,
  ) {
    this.blocks = (docCount + BLOCK_SIZE - 1) >> BLOCK_SHIFT
    this.ranges = (docCount + RANGE_SIZE - 1) >> RANGE_SHIFT
    const { terms, max, offset, prev } = data
    if (!(data.avgLength > 0) || max.length !== terms.length * this.blocks || offset.length !== terms.length * this.ranges || prev.length !== terms.length * this.ranges) {
      throw new Error('search snapshot: range tables do not fit the documents')
    }
    terms.forEach((t, i) => {
      this.tables.set(t, {
        max: max.subarray(i * this.blocks, (i + 1) * this.blocks),
        offset: offset.subarray(i * this.ranges, (i + 1) * this.ranges),
        prev: prev.subarray(i * this.ranges, (i + 1) * this.ranges),
      })
    })
  }

  /** Tables for every list of `minDf` or more docs, bounding scores at `avgLength`. */
  static compute(s: Postings, avgLength: number, minDf = MIN_TABLE_DF): RangeTables {
    const docCount = s.lengths.length
    const blocks = (docCount + BLOCK_SIZE - 1) >> BLOCK_SHIFT
    const ranges = (docCount + RANGE_SIZE - 1) >> RANGE_SHIFT
    const terms: number[] = []
    for (let t = 0; t < s.df.length; t++) if (s.df[t]! >= minDf) terms.push(t)
    const data: RangeTablesData = {
      avgLength: avgLength > 0 ? avgLength : 1,
      terms: Uint32Array.from(terms),
      max: new Uint8Array(terms.length * blocks),
      offset: new Uint32Array(terms.length * ranges),
      prev: new Int32Array(terms.length * ranges),
    }
    const norm = new Float64Array(docCount)
    for (let d = 0; d < docCount; d++) norm[d] = lengthNorm(s.lengths[d]!, data.avgLength)
    const tables = new RangeTables(docCount, data)
    for (const t of terms) fillTable(s.postings, s.starts[t]!, s.starts[t + 1]!, norm, tables.table(t)!)
    return tables
  }

  /** Tables saved by toData() for an index of `docCount` documents; throws if they do not fit. */
  static fromData(docCount: number, data: RangeTablesData): RangeTables {
    return new RangeTables(docCount, data)
  }

  /** The tables as plain data; it shares their buffers. */
  toData(): RangeTablesData {
    return this.data
  }

  get avgLength(): number {
    return this.data.avgLength
  }

  get size(): number {
    return this.tables.size
  }

  table(term: number): RangeTable | undefined {
    return this.tables.get(term)
  }

  /**
   * What a bound computed at this table's average length must be multiplied by to stay a bound
   * at `avgLength`: a larger average shortens every doc's norm, by at most the ratio.
   */
  slack(avgLength: number): number {
    return avgLength > this.avgLength ? avgLength / this.avgLength : 1
  }
}

function fillTable(bytes: Uint8Array, from: number, to: number, norm: Float64Array, table: RangeTable): void {
  const { max, offset, prev } = table
  const docs = new Int32Array(RANGE_SIZE)
  const weights = new Float64Array(RANGE_SIZE)
  const blocksPerRange = RANGE_SIZE / BLOCK_SIZE
  let pos = from
  let doc = -1
  for (let r = 0; r < offset.length; r++) {
    offset[r] = pos
    prev[r] = doc
    if (pos >= to) continue
    const m = decodeRange(bytes, pos, to, doc, 0, (r + 1) << RANGE_SHIFT, docs, weights)
    pos = stopped.pos
    doc = stopped.doc
    // Each block's best posting, as (weight, norm): w/(w+norm) grows with w·otherNorm, so two
    // products compare postings without a division each (divisions were most of the cost).
    for (let i = 0, k = r * blocksPerRange; i < m; k++) {
      let bestW = 0
      let bestN = 1
      for (; i < m && docs[i]! >>> BLOCK_SHIFT === k; i++) {
        const w = weights[i]!
        const n = norm[docs[i]!]!
        if (w * bestN > bestW * n) {
          bestW = w
          bestN = n
        }
      }
      if (bestW > 0) max[k] = steps(bestW, bestN)
    }
  }
}

/** The saturated frequency of weight w at norm n in BOUND_STEPs, rounded up (at least 1). */
function steps(w: number, n: number): number {
  const x = (w * K1_PLUS_1) / (w + n)
  let q = Math.max(1, Math.ceil(x / BOUND_STEP))
  if (q * BOUND_STEP < x) q++
  return Math.min(q, 255)
}
