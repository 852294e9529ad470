// The stored form of a CompactIndex: typed arrays, strings and numbers only, so it survives
// structured clone (IndexedDB, postMessage with transfer) and loads without re-tokenising.
// Bump COMPACT_FORMAT whenever the layout or the tokenizer changes; older snapshots are
// rejected and the caller rebuilds from the database. `ranges` is optional: a snapshot saved
// without it (before it existed) gets its tables computed on load.
import type { RangeTablesData } from './range-tables'

export const COMPACT_FORMAT = 1

export interface CompactSnapshot {
  format: number
  /** Documents, removed ones included; doc numbers run 0…docCount-1 in build order. */
  docCount: number
  /** Each doc's kind as its index in SEARCH_KINDS. */
  kinds: Uint8Array
  /** Every id joined without separator; doc d's id ends at idEnds[d] and starts at idEnds[d-1]. */
  ids: string
  idEnds: Uint32Array
  /** BM25 length of each doc (sum of its term weights; exact, being multiples of 0.5). */
  lengths: Float32Array
  /** The caller's stamp of each doc (e.g. updatedAt), to find changed records later. */
  stamps: Float64Array | null
  /** 1 where the doc was removed after the build. */
  removed: Uint8Array
  /** The dictionary, sorted by UTF-16 code units and joined with '\n' (terms hold no whitespace). */
  terms: string
  /** Term t's postings are postings[starts[t], starts[t+1]); one more entry than terms. */
  starts: Uint32Array
  /** Documents holding each term at build time. */
  df: Uint32Array
  /** Every posting list back to back; layout in postings.ts. */
  postings: Uint8Array
  /** Score bounds and seek offsets of the long lists (range-tables.ts). */
  ranges?: RangeTablesData
}

/** Bytes a snapshot takes: its buffers plus two bytes a string character. */
export function snapshotBytes(s: CompactSnapshot): number {
  const r = s.ranges
  const arrays = [s.kinds, s.idEnds, s.lengths, s.stamps, s.removed, s.starts, s.df, s.postings, r?.terms, r?.max, r?.offset, r?.prev]
  return arrays.reduce((sum, a) => sum + (a?.byteLength ?? 0), 0) + (s.ids.length + s.terms.length) * 2
}

/** Throws unless `s` is a snapshot of this format with consistent sizes. */
export function checkSnapshot(s: CompactSnapshot): void {
  if (s.format !== COMPACT_FORMAT) throw new Error(`search snapshot format ${s.format}, expected ${COMPACT_FORMAT}`)
  const n = s.docCount
  const docArrays = [s.kinds, s.idEnds, s.lengths, s.removed, ...(s.stamps ? [s.stamps] : [])]
  if (docArrays.some((a) => a.length !== n)) throw new Error('search snapshot: document tables differ in length')
  if (s.starts.length !== s.df.length + 1 || s.starts[s.df.length] !== s.postings.length) throw new Error('search snapshot: postings table is inconsistent')
  if (s.ranges) checkRanges(s.ranges, s)
}

/** Table terms ascending and in the dictionary, offsets inside the postings, prev docs in range. */
function checkRanges(r: RangeTablesData, s: CompactSnapshot): void {
  const bad = (what: string) => new Error(`search snapshot: range tables ${what}`)
  for (let i = 0; i < r.terms.length; i++) {
    if (r.terms[i]! >= s.df.length || (i > 0 && r.terms[i]! <= r.terms[i - 1]!)) throw bad('name unknown or unordered terms')
  }
  for (let i = 0; i < r.offset.length; i++) if (r.offset[i]! > s.postings.length) throw bad('point past the postings')
  for (let i = 0; i < r.prev.length; i++) if (r.prev[i]! < -1 || r.prev[i]! >= s.docCount) throw bad('name unknown documents')
}
