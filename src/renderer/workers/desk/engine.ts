// The search engine behind the desk worker, behind one small interface so the index layout can
// change without touching the worker: a compact base index (saved with the cache) plus a small
// in-memory layer for what changed since (shared/search/layered-index.ts).
import { CompactIndex } from '@shared/search/compact-index'
import type { CompactSnapshot } from '@shared/search/compact-snapshot'
import { LayeredIndex } from '@shared/search/layered-index'
import type { ScoredHit, SearchDoc, SearchKind } from '@shared/search/types'

export interface DeskEngine {
  upsert(doc: SearchDoc): void
  remove(kind: SearchKind, id: string): void
  search(query: string, opts: { limit: number; kinds?: SearchKind[] }): ScoredHit[]
  readonly size: number
  /** Documents indexed since the base was built. */
  readonly deltaSize: number
  /** The base index, for the cache (structured-clone it; it shares the live buffers). */
  snapshot(): CompactSnapshot
}

function wrap(index: LayeredIndex): DeskEngine {
  return {
    upsert: (doc) => index.upsert(doc),
    remove: (kind, id) => index.remove(kind, id),
    search: (query, opts) => index.search(query, opts),
    get size() {
      return index.size
    },
    get deltaSize() {
      return index.deltaSize
    },
    snapshot: () => index.base.toSnapshot(),
  }
}

export function buildEngine(docs: Iterable<SearchDoc>): DeskEngine {
  return wrap(new LayeredIndex(CompactIndex.build(docs)))
}

/** An engine from a saved snapshot, or null when the snapshot is missing, broken or of another format. */
export function engineFromSnapshot(snapshot: unknown): DeskEngine | null {
  if (!snapshot || typeof snapshot !== 'object') return null
  try {
    return wrap(new LayeredIndex(CompactIndex.fromSnapshot(snapshot as CompactSnapshot)))
  } catch {
    return null
  }
}

/** A snapshot saved before the index kept its range tables: they are computed on each load until it is saved again. */
export function lacksRangeTables(snapshot: unknown): boolean {
  return !!snapshot && typeof snapshot === 'object' && !('ranges' in snapshot)
}
