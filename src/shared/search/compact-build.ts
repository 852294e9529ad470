// Builds a CompactSnapshot from documents in one pass: each doc is tokenised once, its terms
// appended to per-term byte lists (docs arrive in ascending order), and at the end the lists
// are laid out in sorted-term order in one buffer.
import { COMPACT_FORMAT, type CompactSnapshot } from './compact-snapshot'
import { PostingsBuilder } from './postings'
import { docLength, termWeights } from './ranking'
import { SEARCH_KINDS, type SearchDoc, type SearchKind } from './types'

/** Gap varints are decoded with 32-bit operations, which bounds the doc count. */
export const MAX_DOCS = 1 << 24

export const KIND_CODE = Object.fromEntries(SEARCH_KINDS.map((k, i) => [k, i])) as Record<SearchKind, number>

export function buildSnapshot(docs: Iterable<SearchDoc>, stampOf?: (doc: SearchDoc) => number): CompactSnapshot {
  const termIds = new Map<string, number>()
  const postings = new PostingsBuilder()
  const kinds: number[] = []
  const ids: string[] = []
  const idEnds: number[] = []
  const lengths: number[] = []
  const stamps: number[] = []
  const byKey = new Map<string, number>()
  const removed: number[] = []
  let idLength = 0
  for (const doc of docs) {
    const n = kinds.length
    if (n >= MAX_DOCS) throw new RangeError(`the compact index holds at most ${MAX_DOCS} documents`)
    // A repeated (kind, id) replaces the earlier copy, as SearchIndex.add does.
    const key = `${doc.kind}:${doc.id}`
    const earlier = byKey.get(key)
    if (earlier !== undefined) removed.push(earlier)
    byKey.set(key, n)
    const weights = termWeights(doc)
    for (const [term, weight] of weights) {
      let t = termIds.get(term)
      if (t === undefined) {
        t = postings.addList()
        termIds.set(term, t)
      }
      postings.add(t, n, weight)
    }
    kinds.push(KIND_CODE[doc.kind])
    ids.push(doc.id)
    idLength += doc.id.length
    idEnds.push(idLength)
    lengths.push(docLength(weights))
    if (stampOf) stamps.push(stampOf(doc))
  }
  const terms = [...termIds.keys()].sort()
  const laid = postings.finish(terms.map((t) => termIds.get(t)!))
  const removedFlags = new Uint8Array(kinds.length)
  for (const d of removed) removedFlags[d] = 1
  return {
    format: COMPACT_FORMAT,
    docCount: kinds.length,
    kinds: Uint8Array.from(kinds),
    ids: ids.join(''),
    idEnds: Uint32Array.from(idEnds),
    lengths: Float32Array.from(lengths),
    stamps: stampOf ? Float64Array.from(stamps) : null,
    removed: removedFlags,
    terms: terms.join('\n'),
    starts: laid.starts,
    df: laid.df,
    postings: laid.postings,
  }
}
