// The search engine behind the desk worker, behind one small interface so the index layout can
// change without touching the worker: upsert, remove, search, and a snapshot for the cache.
import { SearchIndex, type SearchDoc, type SearchKind } from '@shared/search/index'

export interface EngineHit {
  id: string
  kind: SearchKind
  score: number
}

export interface DeskEngine {
  upsert(doc: SearchDoc): void
  remove(kind: SearchKind, id: string): void
  search(query: string, opts: { limit: number; kinds?: SearchKind[] }): EngineHit[]
  readonly size: number
  /** Something structured-clone can store, or null when this engine cannot be saved. */
  snapshot(): unknown
}

export function buildEngine(docs: Iterable<SearchDoc>): DeskEngine {
  const index = new SearchIndex()
  for (const d of docs) index.add(d)
  return {
    upsert: (doc) => index.add(doc),
    remove: (kind, id) => index.remove(kind, id),
    search: (query, opts) => index.search(query, opts).map(({ id, kind, score }) => ({ id, kind, score })),
    get size() {
      return index.size
    },
    snapshot: () => null,
  }
}

/** An engine from a saved snapshot, or null when the snapshot is missing or of another format. */
export function engineFromSnapshot(snapshot: unknown): DeskEngine | null {
  void snapshot
  return null
}
