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
  /** One decoded posting list. */
  readonly listDocs: Int32Array
  readonly listWeights: Float64Array
  /** Each doc's BM25 length norm for the average length `normFor`. */
  readonly norm: Float64Array
  private normFor = NaN

  constructor(docCount: number) {
    this.norm = new Float64Array(docCount)
    this.listDocs = new Int32Array(docCount)
    this.listWeights = new Float64Array(docCount)
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
 * The work is split into small loops (decode, then score one way) so each stays monomorphic and
 * V8 optimises it once rather than deoptimising a large function on each new branch.
 */
export function scoreGroups(tables: PostingTables, groups: readonly TermGroup[], avgLength: number, scratch: Scratch): { count: number; score: Float64Array } {
  const { postings, starts, lengths, removed } = tables
  scratch.prepareNorm(lengths, avgLength)
  const { counter, docs, part, total, best } = scratch
  const multiPart = groups.length > 0 && groups[groups.length - 1]!.part > 0
  let n = 0
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!
    const multi = group.expansions.length > 1
    for (const e of group.expansions) {
      const m = decodeList(postings, starts[e.term]!, starts[e.term + 1]!, scratch.listDocs, scratch.listWeights)
      if (multi) n = scoreBest(scratch, m, g, e, n, removed)
      else if (g === 0) n = scoreFirst(scratch, m, e, removed)
      else scoreNext(scratch, m, g, e, group.firstOfPart)
    }
    // Keep the docs that matched this group (clearing the rest), folding scores on the way.
    const sumPart = group.lastOfPart && multiPart
    if (g === 0 && !multi && !sumPart) continue
    const first = group.firstOfPart
    let kept = 0
    for (let i = 0; i < n; i++) {
      const d = docs[i]!
      if (counter[d] !== g + 1) {
        counter[d] = 0
        continue
      }
      if (multi) part[d] = first ? best[d]! : part[d]! + best[d]!
      if (sumPart) total[d] = group.part === 0 ? part[d]! : total[d]! + part[d]!
      docs[kept++] = d
    }
    n = kept
    if (n === 0) break
  }
  return { count: n, score: multiPart ? total : part }
}

/** Decodes postings[from, to) into docs and weights (layout in postings.ts); returns the count. */
export function decodeList(bytes: Uint8Array, from: number, to: number, docs: Int32Array, weights: Float64Array): number {
  return decodeRange(bytes, from, to, -1, 0, MAX_DOC_END, docs, weights)
}

const MAX_DOC_END = 2 ** 31 - 1

/** Where the last decodeRange stopped: the byte of the first posting it did not take, and the doc before it. */
export const stopped = { pos: 0, doc: -1 }

/**
 * Decodes postings from byte `pos` of a list ending at byte `to`, where the doc before `pos` is
 * `prev` (-1 at the list's start): docs before `start` are skipped, and it stops before the
 * first doc at or past `end`. Returns how many postings it kept; `stopped` says where it ended.
 */
export function decodeRange(bytes: Uint8Array, pos: number, to: number, prev: number, start: number, end: number, docs: Int32Array, weights: Float64Array): number {
  let doc = prev
  let m = 0
  while (pos < to) {
    const at = pos
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
    const next = doc + (v >>> 3)
    if (next >= end) {
      stopped.pos = at
      stopped.doc = doc
      return m
    }
    doc = next
    let w = (v & 7) + 1
    if (w === 8) {
      // escape: the weight in half units follows
      b = bytes[pos++]!
      let halves = b & 0x7f
      for (let shift = 7; b & 0x80; shift += 7) {
        b = bytes[pos++]!
        halves |= (b & 0x7f) << shift
      }
      w = halves / 2
    }
    if (doc < start) continue
    docs[m] = doc
    weights[m++] = w
  }
  stopped.pos = to
  stopped.doc = doc
  return m
}

/** The first group, one expansion: every live doc of the list becomes a candidate. */
function scoreFirst(scratch: Scratch, m: number, e: Expansion, removed: Uint8Array): number {
  const { listDocs, listWeights, counter, docs, part, norm } = scratch
  const { idf, factor } = e
  const k1Plus1 = K1_PLUS_1
  let n = 0
  for (let i = 0; i < m; i++) {
    const doc = listDocs[i]!
    if (removed[doc]) continue
    const w = listWeights[i]!
    part[doc] = idf * ((w * k1Plus1) / (w + norm[doc]!)) * factor
    counter[doc] = 1
    docs[n++] = doc
  }
  return n
}

/** A later group, one expansion: candidates that matched every group so far add its score. */
function scoreNext(scratch: Scratch, m: number, g: number, e: Expansion, firstOfPart: boolean): void {
  const { listDocs, listWeights, counter, part, norm } = scratch
  const { idf, factor } = e
  const k1Plus1 = K1_PLUS_1
  for (let i = 0; i < m; i++) {
    const doc = listDocs[i]!
    if (counter[doc] !== g) continue
    const w = listWeights[i]!
    const s = idf * ((w * k1Plus1) / (w + norm[doc]!)) * factor
    part[doc] = firstOfPart ? s : part[doc]! + s
    counter[doc] = g + 1
  }
}

/** One of several expansions of a group: each doc keeps its best expansion's score in `best`. */
function scoreBest(scratch: Scratch, m: number, g: number, e: Expansion, count: number, removed: Uint8Array): number {
  const { listDocs, listWeights, counter, docs, best, norm } = scratch
  const { idf, factor } = e
  const k1Plus1 = K1_PLUS_1
  let n = count
  for (let i = 0; i < m; i++) {
    const doc = listDocs[i]!
    const c = counter[doc]!
    if (c !== g && c !== g + 1) continue
    if (g === 0 && c === 0) {
      if (removed[doc]) continue
      docs[n++] = doc
    }
    const w = listWeights[i]!
    const s = idf * ((w * k1Plus1) / (w + norm[doc]!)) * factor
    if (c === g) {
      best[doc] = s
      counter[doc] = g + 1
    } else if (s > best[doc]!) best[doc] = s
  }
  return n
}
