// Messages between the renderer and the desk worker (workers/desk.worker.ts).
import type { PackedRows } from '@shared/policy/packed-rows'
import type { SearchKind } from '@shared/search/index'
import type { JournalEntry } from '../../data/change-feed'

export type ToDesk =
  /** Batches are numbered (init is 0) so a save can say which journal entries it covers. */
  | { type: 'init'; journal: JournalEntry[] }
  | { type: 'changed'; entries: JournalEntry[]; batch: number }
  | { type: 'search'; id: number; query: string; limit: number; kinds?: SearchKind[] }
  | { type: 'rebuild' }

export interface DeskHit {
  id: string
  kind: SearchKind
  score: number
  title: string
  snippet: { text: string; hit: boolean }[]
  /** For a note: the record it hangs on. */
  target?: { kind: string; id: string }
}

export type DeskPhase = 'loading' | 'building' | 'ready'
export interface DeskStatus {
  phase: DeskPhase
  done: number
  total: number
  /** True when the rows and the index came from the saved cache. */
  fromCache: boolean
  /** How long loading the saved index took (ms), when it was loaded. */
  indexLoadMs?: number
  /** How long the last full build took (ms). */
  buildMs?: number
  docs: number
}

export type FromDesk =
  /** Light policy rows, packed (shared/policy/packed-rows.ts): `reset` starts a new full set, `done` ends it. */
  | { type: 'rows'; packed: PackedRows; reset: boolean; done: boolean }
  | { type: 'patch'; upserts: string; removed: string[] }
  /** Ids of the policies that have notes (JSON array), whenever they change. */
  | { type: 'noted'; ids: string }
  | { type: 'status'; status: DeskStatus }
  /** The cache now covers every batch up to this one. */
  | { type: 'persisted'; batch: number }
  | { type: 'results'; id: number; hits: DeskHit[]; ms: number }
  | { type: 'error'; message: string }
