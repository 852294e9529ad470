// The shapes every search index shares: what a caller indexes (SearchDoc) and what a search
// with text returns (SearchHit). The kinds list fixes each kind's code in compact snapshots.

// appended only: a kind's place in this list is its code in saved indexes
export const SEARCH_KINDS = ['policies', 'vendors', 'models', 'notes', 'briefings', 'chips', 'datasets'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

export interface SearchDoc {
  id: string
  kind: SearchKind
  /** Weighted fields: title counts most, then aliases and numbers, then body text. */
  title: string
  aliases?: string[]
  body?: string
  docNumber?: string | null
}

/** A ranked document without its text (what the compact index can give). */
export interface ScoredHit {
  id: string
  kind: SearchKind
  score: number
}

export interface SearchHit extends ScoredHit {
  title: string
  /** A short passage around the first body match, split into plain and matched runs. */
  snippet: { text: string; hit: boolean }[]
}

export interface SearchOptions {
  limit?: number
  kinds?: SearchKind[]
  /** Collection figures to rank with instead of the index's own (see layered-index.ts). */
  stats?: CollectionStats
}

/** What BM25 needs to know about the whole collection. */
export interface CollectionStats {
  docCount: number
  avgLength: number
  /** Live documents holding the term. */
  df(term: string): number
}
