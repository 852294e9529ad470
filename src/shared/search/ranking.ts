// BM25 with field weights, shared by SearchIndex and CompactIndex so both rank alike: the
// weight each term of a document gets (title 3, aliases 2.5, number 4, body 1, summed) and
// the scoring formula.
import { docNumberTerms, tokenize } from './tokenize'
import type { SearchDoc } from './types'

export const FIELD_WEIGHT = { title: 3, aliases: 2.5, docNumber: 4, body: 1 } as const
const K1 = 1.2
const B = 0.75
/** A term reached through a Latin prefix scores this share of an exact match. */
export const PREFIX_FACTOR = 0.6
/** At most this many dictionary terms stand in for one prefix. */
export const MAX_PREFIX_TERMS = 200

/** Each distinct term of a document with its summed field weight, in first-seen order. */
export function termWeights(doc: SearchDoc): Map<string, number> {
  const weights = new Map<string, number>()
  const add = (terms: string[], w: number) => {
    for (const t of terms) weights.set(t, (weights.get(t) ?? 0) + w)
  }
  add(tokenize(doc.title), FIELD_WEIGHT.title)
  for (const a of doc.aliases ?? []) add(tokenize(a), FIELD_WEIGHT.aliases)
  if (doc.docNumber) add([...docNumberTerms(doc.docNumber), ...tokenize(doc.docNumber)], FIELD_WEIGHT.docNumber)
  if (doc.body) add([...tokenize(doc.body), ...docNumberTerms(doc.body)], FIELD_WEIGHT.body)
  return weights
}

/** BM25 length of a document: the sum of its term weights, added in map order. */
export function docLength(weights: Map<string, number>): number {
  let length = 0
  for (const w of weights.values()) length += w
  return length
}

export function idf(docCount: number, df: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5))
}

/** K1 + 1, the numerator's factor; exported so hot loops compute exactly what saturate() does. */
export const K1_PLUS_1 = K1 + 1

/** The length part of BM25's denominator for a document of `length`. */
export function lengthNorm(length: number, avgLength: number): number {
  return K1 * (1 - B + (B * length) / avgLength)
}

/** BM25's saturated term frequency of a term with `weight` in a document of `length`. */
export function saturate(weight: number, length: number, avgLength: number): number {
  return (weight * K1_PLUS_1) / (weight + lengthNorm(length, avgLength))
}

/** Sorted terms starting with `prefix` (at most MAX_PREFIX_TERMS): [first index, end index). */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < prefix) lo = mid + 1
    else hi = mid
  }
  let end = lo
  while (end < sorted.length && end - lo < MAX_PREFIX_TERMS && sorted[end]!.startsWith(prefix)) end++
  return [lo, end]
}
