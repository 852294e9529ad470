// The desk worker's saved state, in the database's `cache` table. The base (light policy rows,
// the search index, the ids of every indexed record) is written after a full build; the delta
// (ids changed since, and the change-journal position it covers) after every batch of changes.
// Everything here is derived from the records and can be dropped: the worker then rebuilds it.
import type { PolicyDeskDb } from '../../data/db'
import type { TrackedTable } from '../../data/change-feed'
import type { PackedRows } from '@shared/policy/packed-rows'

// 4: chips and training corpora are indexed too; 5: rows packed (shared/policy/packed-rows.ts)
export const CACHE_FORMAT = 5
const BASE = 'desk:base'
const INDEX = 'desk:index'
const DELTA = 'desk:delta'

export interface DeskBase {
  format: number
  builtAt: number
  /** Light policy rows, packed, at most ROW_CHUNK rows each. */
  rows: PackedRows[]
  /** Ids of every indexed record per table, joined with '\n'. */
  ids: Record<TrackedTable, string>
  /** [note id, policy id] pairs of notes on policies, as JSON. */
  noteTargets: string
}
export interface DeskDelta {
  format: number
  seq: number
  changed: Record<TrackedTable, string[]>
}

/** The base and delta: what the rows and the "what changed since" need (the index is apart). */
export async function loadCache(db: PolicyDeskDb): Promise<{ base: DeskBase; delta: DeskDelta | null } | null> {
  const [base, delta] = (await db.cache.bulkGet([BASE, DELTA])).map((row) => row?.value) as [DeskBase | undefined, DeskDelta | undefined]
  if (!base || base.format !== CACHE_FORMAT) return null
  return { base, delta: delta && delta.format === CACHE_FORMAT ? delta : null }
}

/** The saved search index snapshot (read after the rows, so lists fill first). */
export async function loadIndex(db: PolicyDeskDb): Promise<unknown> {
  return (await db.cache.get(INDEX))?.value
}

/** Base, index and delta together, in one transaction: a crash never leaves them mismatched. */
export async function saveBase(db: PolicyDeskDb, base: DeskBase, index: unknown, delta: DeskDelta): Promise<void> {
  await db.transaction('rw', db.cache, async () => {
    await db.cache.put({ key: BASE, value: base })
    await db.cache.put({ key: INDEX, value: index })
    await db.cache.put({ key: DELTA, value: delta })
  })
}

export async function saveDelta(db: PolicyDeskDb, delta: DeskDelta): Promise<void> {
  await db.cache.put({ key: DELTA, value: delta })
}

export async function dropCache(db: PolicyDeskDb): Promise<void> {
  await db.cache.bulkDelete([BASE, INDEX, DELTA])
}
