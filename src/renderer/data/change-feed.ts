// Which searchable records changed, for the desk worker that keeps the light policy rows and
// the search index. A Dexie middleware notes the ids of every write to a tracked table in a
// journal kept in localStorage *before* the write goes to IndexedDB (localStorage is
// synchronous), and tells listeners once the transaction has committed. The worker persists
// its cache with the journal position it covers; the journal is then pruned up to there. So
// after a crash the next start knows exactly which records the saved cache has not seen.
import type Dexie from 'dexie'
import type { DBCoreMutateRequest, DBCoreTransaction } from 'dexie'

export const TRACKED_TABLES = ['policies', 'notes', 'vendors', 'models', 'briefings', 'chips', 'datasets'] as const
export type TrackedTable = (typeof TRACKED_TABLES)[number]
export interface JournalEntry {
  seq: number
  table: TrackedTable
  /** The ids written or deleted, or 'all' when a range was cleared or too many to list. */
  ids: string[] | 'all'
}
interface Journal {
  next: number
  entries: JournalEntry[]
}

const KEY = 'policy-desk:change-journal'
/** Past this many ids per table, the journal just says 'all' (the worker re-reads the table). */
export const MAX_IDS_PER_TABLE = 5000

// Node (unit tests) and workers have no localStorage: the journal then lives in memory.
let memory: Journal = { next: 1, entries: [] }
const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage)

export function readJournal(): Journal {
  const s = storage()
  if (!s) return memory
  try {
    const parsed = JSON.parse(s.getItem(KEY) ?? 'null') as Journal | null
    return parsed && Array.isArray(parsed.entries) && typeof parsed.next === 'number' ? parsed : { next: 1, entries: [] }
  } catch {
    return { next: 1, entries: [] }
  }
}
function writeJournal(j: Journal): void {
  const s = storage()
  if (!s) {
    memory = j
    return
  }
  try {
    s.setItem(KEY, JSON.stringify(j))
  } catch {
    // Storage full: collapse to 'all' per table, which is always small.
    const tables = [...new Set(j.entries.map((e) => e.table))]
    s.setItem(KEY, JSON.stringify({ next: j.next, entries: tables.map((table) => ({ seq: j.next - 1, table, ids: 'all' })) }))
  }
}

/** Records a write before it happens; returns its journal entry. */
export function recordChange(table: TrackedTable, ids: string[] | 'all'): JournalEntry {
  const j = readJournal()
  const entry: JournalEntry = { seq: j.next, table, ids }
  const listed = j.entries.filter((e) => e.table === table).reduce((n, e) => n + (e.ids === 'all' ? MAX_IDS_PER_TABLE : e.ids.length), 0)
  if (ids !== 'all' && listed + ids.length > MAX_IDS_PER_TABLE) entry.ids = 'all'
  if (entry.ids === 'all') j.entries = j.entries.filter((e) => e.table !== table)
  j.entries.push(entry)
  j.next++
  writeJournal(j)
  return entry
}

/** Drops the entries a saved cache covers. */
export function pruneJournal(seqs: ReadonlySet<number>): void {
  const j = readJournal()
  const kept = j.entries.filter((e) => !seqs.has(e.seq))
  if (kept.length !== j.entries.length) writeJournal({ next: j.next, entries: kept })
}

type Listener = (entries: JournalEntry[]) => void
const listeners = new Set<Listener>()
/** Called with the journal entries of each committed transaction. Returns an unsubscribe. */
export function onCommitted(fn: Listener): () => void {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

/** For writes made elsewhere (the import worker): announces entries recorded with recordChange once their transaction committed. */
export function announceCommitted(entries: JournalEntry[]): void {
  if (entries.length) listeners.forEach((fn) => fn(entries))
}

const pending = new WeakMap<object, JournalEntry[]>()
function afterCommit(trans: DBCoreTransaction, entry: JournalEntry): void {
  const native = trans as unknown as Partial<IDBTransaction>
  const list = pending.get(trans)
  if (list) {
    list.push(entry)
    return
  }
  const entries = [entry]
  const emit = () => listeners.forEach((fn) => fn(entries))
  if (typeof native.addEventListener === 'function') {
    pending.set(trans, entries)
    native.addEventListener('complete', emit)
  } else {
    setTimeout(emit, 0)
  }
}

function idsOf(req: DBCoreMutateRequest): string[] | 'all' {
  if (req.type === 'deleteRange') return 'all'
  if (req.type === 'delete') return req.keys.map(String)
  const values = req.values as { id?: unknown }[]
  return (req.keys ?? values.map((v) => v.id)).map(String)
}

/** Installs the middleware on a database (every PolicyDeskDb does this in its constructor). */
export function installChangeFeed(db: Dexie): void {
  const tracked = new Set<string>(TRACKED_TABLES)
  db.use({
    stack: 'dbcore',
    name: 'policy-desk-change-feed',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        if (!tracked.has(name)) return table
        return {
          ...table,
          mutate: async (req) => {
            const entry = recordChange(name as TrackedTable, idsOf(req))
            const res = await table.mutate(req)
            afterCommit(req.trans, entry)
            return res
          },
        }
      },
    }),
  })
}
