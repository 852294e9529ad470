// The compact index's query kernel: walks the posting lists of each required term group and
// accumulates BM25 scores in typed arrays sized to the doc count, touching only docs that
// match every group so far. It mirrors SearchIndex's arithmetic step for step (max over a
// prefix's expansions, sum over a part's terms, then over parts) so both rank identically.
import { K1_PLUS_1, lengthNorm } from './ranking'

/** One dictionary term standing for a query term, with its idf and exact/prefix factor. */
export interface Expansion {
  term: number
  idf: number
  factor: number
}

/** A query term every result must hold (through any of its expansions). */
export interface TermGroup {
  expansions: Expansion[]
  /** First / last term of its query part, and that part's number. */
  firstOfPart: boolean
  lastOfPart: boolean
  part: number
}

export interface PostingTables {
  postings: Uint8Array
  starts: Uint32Array
  lengths: Float32Array
  removed: Uint8Array
}

/** Per-doc working arrays, reused across queries; `counter` is all zeros between queries. */
export class Scratch {
  readonly counter: Int32Array
  readonly docs: Int32Array
  readonly part: Float64Array
  readonly total: Float64Array
  readonly best: Float64Array
  /** Each doc's BM25 length norm for the average length `normFor`. */
  readonly norm: Float64Array
  private normFor = NaN

  constructor(docCount: number) {
    this.norm = new Float64Array(docCount)
    this.counter = new Int32Array(docCount)
    this.docs = new Int32Array(docCount)
    this.part = new Float64Array(docCount)
    this.total = new Float64Array(docCount)
    this.best = new Float64Array(docCount)
  }

  /** Fills `norm` for `avgLength` unless it already holds it (it changes only with the collection). */
  prepareNorm(lengths: Float32Array, avgLength: number): void {
    if (this.normFor === avgLength) return
    for (let d = 0; d < lengths.length; d++) this.norm[d] = lengthNorm(lengths[d]!, avgLength)
    this.normFor = avgLength
  }

  /** Zeroes the counters of docs[0, count), the only ones a query leaves set. */
  clear(count: number): void {
    for (let i = 0; i < count; i++) this.counter[this.docs[i]!] = 0
  }
}

/**
 * Scores the docs matching every group. Returns how many there are: they are scratch.docs[0, n)
 * with scores in the returned array. The caller must clear scratch.counter for them afterwards.
 */
export function scoreGroups(tables: PostingTables, groups: readonly TermGroup[], avgLength: number, scratch: Scratch): { count: number; score: Float64Array } {
  const { postings: bytes, starts, lengths, removed } = tables
  scratch.prepareNorm(lengths, avgLength)
  const { counter, docs, part, total, best, norm } = scratch
  const k1Plus1 = K1_PLUS_1
  const multiPart = groups.length > 0 && groups[groups.length - 1]!.part > 0
  let n = 0
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!
    const multi = group.expansions.length > 1
    const first = group.firstOfPart
    for (const { term, idf, factor } of group.expansions) {
      let pos = starts[term]!
      const end = starts[term + 1]!
      let doc = -1
      while (pos < end) {
        let b = bytes[pos++]!
        let v = b & 0x7f
        if (b & 0x80) {
          b = bytes[pos++]!
          v |= (b & 0x7f) << 7
          if (b & 0x80) {
            b = bytes[pos++]!
            v |= (b & 0x7f) << 14
            if (b & 0x80) v |= (bytes[pos++]! & 0x7f) << 21
          }
        }
        doc += v >>> 3
        let weight = (v & 7) + 1
        if (weight === 8) {
          b = bytes[pos++]!
          let halves = b & 0x7f
          for (let shift = 7; b & 0x80; shift += 7) {
            b = bytes[pos++]!
            halves |= (b & 0x7f) << shift
          }
          weight = halves / 2
        }
        const c = counter[doc]!
        if (c === g) {
          if (removed[doc]) continue
          const s = idf * ((weight * k1Plus1) / (weight + norm[doc]!)) * factor
          if (g === 0) docs[n++] = doc
          counter[doc] = g + 1
          if (multi) best[doc] = s
          else if (first) part[doc] = s
          else part[doc] = part[doc]! + s
        } else if (multi && c === g + 1) {
          const s = idf * ((weight * k1Plus1) / (weight + norm[doc]!)) * factor
          if (s > best[doc]!) best[doc] = s
        }
      }
    }
    // Keep the docs that matched this group (clearing the rest), folding scores on the way.
    const fold = multi || (group.lastOfPart && multiPart)
    if (g === 0 && !fold) continue
    let kept = 0
    for (let i = 0; i < n; i++) {
      const d = docs[i]!
      if (counter[d] !== g + 1) {
        counter[d] = 0
        continue
      }
      if (multi) part[d] = first ? best[d]! : part[d]! + best[d]!
      if (group.lastOfPart && multiPart) total[d] = group.part === 0 ? part[d]! : total[d]! + part[d]!
      docs[kept++] = d
    }
    n = kept
    if (n === 0) break
  }
  return { count: n, score: multiPart ? total : part }
}
