// The desk worker's work, free of the worker globals so it runs in Node tests too: it keeps the
// light row of every policy and the search index over policies, vendors, models, chips,
// corpora, notes and briefings, loads both from the saved cache at start, brings them up to date with the change
// journal, follows every committed change, and answers searches with ranked, marked hits.
import type { Chip, Dataset, Model, Policy, Vendor } from '@shared/model/records'
import type { Briefing, Note } from '@shared/model/user-data'
import { toLite, type PolicyLite } from '@shared/policy/lite'
import { byIssuedDesc } from '@shared/policy/order'
import { packRows, unpackRows, type PackedRows } from '@shared/policy/packed-rows'
import { briefingDoc, chipDoc, datasetDoc, modelDoc, noteDoc, policyDoc, vendorDoc } from '@shared/search/docs'
import { snippet, type SearchDoc, type SearchKind } from '@shared/search/index'
import { parseQuery } from '@shared/search/tokenize'
import { TRACKED_TABLES, type JournalEntry, type TrackedTable } from '../../data/change-feed'
import type { PolicyDeskDb } from '../../data/db'
import { CACHE_FORMAT, loadCache, loadIndex, saveBase, saveDelta, type DeskBase, type DeskDelta } from './cache'
import { buildEngine, engineFromSnapshot, lacksRangeTables, type DeskEngine } from './engine'
import type { DeskHit, DeskStatus, FromDesk } from './protocol'

/** Rows per message and per saved chunk: small enough that parsing one stays a short task. */
export const ROW_CHUNK = 2000
/** Past this many changed records since the last full build, the worker builds afresh. */
export const COMPACT_AFTER = 5000

type Row = Policy | Vendor | Model | Note | Briefing | Chip | Dataset
/** One empty id set per tracked table. */
const emptyIds = (): Record<TrackedTable, Set<string>> => ({ policies: new Set(), notes: new Set(), vendors: new Set(), models: new Set(), briefings: new Set(), chips: new Set(), datasets: new Set() })

function docOf(table: TrackedTable, row: Row): SearchDoc {
  switch (table) {
    case 'policies':
      return policyDoc(row as Policy)
    case 'vendors':
      return vendorDoc(row as Vendor)
    case 'models':
      return modelDoc(row as Model)
    case 'notes':
      return noteDoc(row as Note)
    case 'briefings':
      return briefingDoc(row as Briefing)
    case 'chips':
      return chipDoc(row as Chip)
    case 'datasets':
      return datasetDoc(row as Dataset)
  }
}

export interface DeskOptions {
  /** Wait this long after the last change before saving the delta (ms). */
  persistDelayMs: number
  now: () => number
}

export class Desk {
  private lite = new Map<string, PolicyLite>()
  /** Note id → the policy it hangs on, for the list's "has notes" facet. */
  private noteTargets = new Map<string, string>()
  private notedSent = ''
  private ids = emptyIds()
  private engine: DeskEngine = buildEngine([])
  /** Records changed since the saved base, by table. */
  private changed = emptyIds()
  private seq = 0
  /** The last batch of changes applied (init is batch 0). */
  private batch = 0
  private timer: ReturnType<typeof setTimeout> | null = null
  private queue: Promise<void> = Promise.resolve()
  private status: DeskStatus = { phase: 'loading', done: 0, total: 0, fromCache: false, docs: 0 }
  private readonly opts: DeskOptions

  constructor(
    private readonly db: PolicyDeskDb,
    private readonly post: (m: FromDesk) => void,
    opts: Partial<DeskOptions> = {},
  ) {
    this.opts = { persistDelayMs: 1000, now: () => performance.now(), ...opts }
  }

  /** Runs one step after the previous one: loads, builds and changes never interleave. */
  private enqueue(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(step).catch((err: unknown) => this.post({ type: 'error', message: err instanceof Error ? err.message : String(err) }))
    return this.queue
  }

  private setStatus(patch: Partial<DeskStatus>): void {
    this.status = { ...this.status, ...patch, docs: this.engine.size }
    this.post({ type: 'status', status: this.status })
  }

  init(journal: JournalEntry[]): Promise<void> {
    return this.enqueue(async () => {
      this.setStatus({ phase: 'loading' })
      const cache = await loadCache(this.db).catch(() => null)
      if (!cache) {
        await this.fullBuild(journal)
        return
      }
      // Rows first, so lists fill while the index loads; in the default order, which the
      // renderer relies on (a cache saved by an older version may hold moved rows out of it).
      const cached = cache.base.rows.flatMap((packed) => unpackRows(packed))
      const ordered = byIssuedDesc(cached)
      this.lite = new Map(ordered.map((row) => [row.id, row]))
      this.postRows(ordered === cached ? cache.base.rows : this.rowChunks())
      // What `search_index_load_ms` reports: reading the saved index and opening it.
      const t0 = this.opts.now()
      const snapshot = await loadIndex(this.db).catch(() => null)
      const engine = engineFromSnapshot(snapshot)
      const indexLoadMs = this.opts.now() - t0
      if (!engine) {
        await this.fullBuild(journal)
        return
      }
      for (const t of TRACKED_TABLES) this.ids[t] = new Set(cache.base.ids[t] ? cache.base.ids[t].split('\n') : [])
      this.noteTargets = new Map(JSON.parse(cache.base.noteTargets || '[]') as [string, string][])
      this.engine = engine
      this.seq = cache.delta?.seq ?? 0
      // What the base has not seen: the saved delta, then the journal since.
      const pending = emptyIds()
      for (const t of TRACKED_TABLES) for (const id of cache.delta?.changed[t] ?? []) pending[t].add(id)
      if (journal.some((e) => e.ids === 'all')) {
        await this.fullBuild(journal)
        return
      }
      for (const e of journal) if (e.ids !== 'all') for (const id of e.ids) pending[e.table].add(id)
      await this.apply(pending)
      this.postNoted()
      this.seq = Math.max(this.seq, ...journal.map((e) => e.seq))
      // Anything written behind the journal's back (another tool, a lost journal) shows as a count mismatch.
      for (const t of TRACKED_TABLES) {
        if ((await this.db.table(t).count()) !== this.ids[t].size) {
          await this.fullBuild([])
          return
        }
      }
      await this.persistDelta()
      this.setStatus({ phase: 'ready', fromCache: true, indexLoadMs, done: this.lite.size, total: this.lite.size })
      // An index saved by an older version had its range tables computed just now: save it once
      // with them, so later starts read them instead.
      if (lacksRangeTables(snapshot)) await this.persistBase()
    })
  }

  onChanged(entries: JournalEntry[], batch: number): Promise<void> {
    return this.enqueue(async () => {
      this.batch = Math.max(this.batch, batch)
      if (entries.some((e) => e.ids === 'all')) {
        await this.fullBuild(entries)
        return
      }
      const pending = emptyIds()
      for (const e of entries) if (e.ids !== 'all') for (const id of e.ids) pending[e.table].add(id)
      await this.apply(pending)
      this.seq = Math.max(this.seq, ...entries.map((e) => e.seq))
      if (TRACKED_TABLES.reduce((n, t) => n + this.changed[t].size, 0) > COMPACT_AFTER) await this.fullBuild([])
      else this.schedulePersist()
    })
  }

  rebuild(): Promise<void> {
    return this.enqueue(() => this.fullBuild([]))
  }

  /** Re-reads the given records and updates rows and index; a missing record is removed. */
  private async apply(pending: Record<TrackedTable, Set<string>>): Promise<void> {
    const upserts: PolicyLite[] = []
    const removed: string[] = []
    for (const table of TRACKED_TABLES) {
      const ids = [...pending[table]]
      if (!ids.length) continue
      const rows = (await this.db.table(table).bulkGet(ids)) as (Row | undefined)[]
      ids.forEach((id, i) => {
        const row = rows[i]
        const kind = table as SearchKind
        this.changed[table].add(id)
        if (table === 'notes') {
          const n = row as Note | undefined
          if (n && n.targetKind === 'policies') this.noteTargets.set(id, n.targetId)
          else this.noteTargets.delete(id)
        }
        if (row) {
          this.engine.upsert(docOf(table, row))
          this.ids[table].add(id)
          if (table === 'policies') {
            const lite = toLite(row as Policy)
            this.lite.set(id, lite)
            upserts.push(lite)
          }
        } else {
          this.engine.remove(kind, id)
          this.ids[table].delete(id)
          if (table === 'policies' && this.lite.delete(id)) removed.push(id)
        }
      })
    }
    if (upserts.length || removed.length) this.post({ type: 'patch', upserts: JSON.stringify(upserts), removed })
    this.postNoted()
    this.setStatus({})
  }

  /** Sends the ids of policies with notes, when they changed. */
  private postNoted(): void {
    const ids = JSON.stringify([...new Set(this.noteTargets.values())].sort())
    if (ids === this.notedSent) return
    this.notedSent = ids
    this.post({ type: 'noted', ids })
  }

  /** Reads every tracked table in pages, sends the rows as they come, builds a new index. */
  private async fullBuild(journal: JournalEntry[]): Promise<void> {
    const t0 = this.opts.now()
    const counts = await Promise.all(TRACKED_TABLES.map((t) => this.db.table(t).count()))
    const total = counts.reduce((a, b) => a + b, 0)
    this.setStatus({ phase: 'building', done: 0, total, fromCache: false })
    const docs: SearchDoc[] = []
    const lite = new Map<string, PolicyLite>()
    const ids = emptyIds()
    const noteTargets = new Map<string, string>()
    let done = 0
    for (const table of TRACKED_TABLES) {
      let last: string | null = null
      for (;;) {
        const coll = last === null ? this.db.table(table).toCollection() : this.db.table(table).where(':id').above(last)
        const rows = (await coll.limit(ROW_CHUNK).toArray()) as Row[]
        if (!rows.length) break
        last = rows[rows.length - 1]!.id
        for (const row of rows) {
          docs.push(docOf(table, row))
          ids[table].add(row.id)
          if (table === 'notes' && (row as Note).targetKind === 'policies') noteTargets.set(row.id, (row as Note).targetId)
          if (table === 'policies') {
            const l = toLite(row as Policy)
            lite.set(l.id, l)
          }
        }
        done += rows.length
        this.setStatus({ done })
        if (rows.length < ROW_CHUNK) break
      }
    }
    this.engine = buildEngine(docs)
    this.lite = new Map(byIssuedDesc([...lite.values()]).map((l) => [l.id, l]))
    this.postRows(this.rowChunks())
    this.ids = ids
    this.noteTargets = noteTargets
    this.postNoted()
    this.changed = emptyIds()
    this.seq = Math.max(this.seq, ...journal.map((e) => e.seq))
    const buildMs = this.opts.now() - t0
    // Saved before 'ready', so a window closed right after still finds the cache next time.
    await this.persistBase()
    this.setStatus({ phase: 'ready', done: total, total, buildMs })
  }

  /** Every light row in the default order (patches may have added or moved some), packed. */
  private rowChunks(): PackedRows[] {
    const all = byIssuedDesc([...this.lite.values()])
    const out: PackedRows[] = []
    for (let i = 0; i < all.length; i += ROW_CHUNK) out.push(packRows(all.slice(i, i + ROW_CHUNK)))
    return out
  }

  /** Every light row, as a new full set. */
  private postRows(chunks: PackedRows[]): void {
    chunks.forEach((packed, i) => this.post({ type: 'rows', packed, reset: i === 0, done: i === chunks.length - 1 }))
    if (!chunks.length) this.post({ type: 'rows', packed: packRows([]), reset: true, done: true })
  }

  private deltaValue(): DeskDelta {
    const changed = Object.fromEntries(TRACKED_TABLES.map((t) => [t, [...this.changed[t]]])) as Record<TrackedTable, string[]>
    return { format: CACHE_FORMAT, seq: this.seq, changed }
  }

  private async persistBase(): Promise<void> {
    const index = this.engine.snapshot()
    const base: DeskBase = {
      format: CACHE_FORMAT,
      builtAt: Date.now(),
      rows: this.rowChunks(),
      ids: Object.fromEntries(TRACKED_TABLES.map((t) => [t, [...this.ids[t]].join('\n')])) as Record<TrackedTable, string>,
      noteTargets: JSON.stringify([...this.noteTargets]),
    }
    await saveBase(this.db, base, index, this.deltaValue())
    this.post({ type: 'persisted', batch: this.batch })
  }

  private async persistDelta(): Promise<void> {
    await saveDelta(this.db, this.deltaValue())
    this.post({ type: 'persisted', batch: this.batch })
  }

  private schedulePersist(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      void this.enqueue(() => this.persistDelta())
    }, this.opts.persistDelayMs)
  }

  /** Ranked hits with snippets; reads only the hits' own records. Never waits for a build. */
  async search(query: string, limit: number, kinds?: SearchKind[]): Promise<{ hits: DeskHit[]; ms: number }> {
    const t0 = this.opts.now()
    const ranked = this.engine.search(query, { limit, kinds })
    const ms = this.opts.now() - t0
    const parts = parseQuery(query)
    const byTable = new Map<TrackedTable, string[]>()
    for (const h of ranked) byTable.set(h.kind, [...(byTable.get(h.kind) ?? []), h.id])
    const rows = new Map<string, Row>()
    for (const [table, ids] of byTable) {
      const got = (await this.db.table(table).bulkGet(ids)) as (Row | undefined)[]
      got.forEach((row, i) => row && rows.set(`${table}:${ids[i]}`, row))
    }
    const hits: DeskHit[] = []
    for (const h of ranked) {
      const row = rows.get(`${h.kind}:${h.id}`)
      if (!row) continue // removed since; the change that removes it is on its way
      const doc = docOf(h.kind, row)
      const hit: DeskHit = { ...h, title: doc.title, snippet: snippet(doc.body ?? '', parts) }
      if (h.kind === 'notes') {
        const n = row as Note
        hit.target = { kind: n.targetKind, id: n.targetId }
      }
      hits.push(hit)
    }
    return { hits, ms }
  }
}
