// The merge rules against the database: what is stored for the ids a bundle touches, what of
// the user's hangs on a record, and applying a plan in one transaction with what it replaced
// kept for undo. Planning runs again inside the transaction, so what is written is what the
// rules say for the database as it is at that moment.
import { fingerprint } from '@shared/merge/version'
import { planImport, type ImportPlan, type MergeLookup } from '@shared/bundle/plan'
import type { Bundle } from '@shared/bundle/schema'
import { acceptIncoming, keepMine, recordHandEdit, type Stored } from '@shared/merge/merge-record'
import { stateKey, type RecordState } from '@shared/merge/state'
import { RECORD_KINDS, type AnyRecord, type RecordKind } from '@shared/model/records'
import { NOTE_TARGETS, newId, type ImportEntry, type ImportUndo, type NoteTarget } from '@shared/model/user-data'
import type { Table } from 'dexie'
import type { PolicyDeskDb } from '../db'

const LOCAL_PREFIX = 'pol-local-'

/**
 * bulkGet, but asking IndexedDB only for keys that exist: one getAllKeys first, because a
 * bundle mostly brings new records (and the state and tombstone tables are nearly empty), and
 * thousands of single gets for absent keys cost seconds.
 */
async function getExisting<T>(table: Table<T, string>, keys: string[]): Promise<(T | undefined)[]> {
  if (keys.length < 200) return table.bulkGet(keys)
  const present = new Set(await table.toCollection().primaryKeys())
  const wanted = keys.filter((k) => present.has(k))
  if (!wanted.length) return keys.map(() => undefined)
  const found = await table.bulkGet(wanted)
  const byKey = new Map(wanted.map((k, i) => [k, found[i]]))
  return keys.map((k) => byKey.get(k))
}

export function mergeLookup(db: PolicyDeskDb): MergeLookup {
  return {
    async stored(kind, ids) {
      const keys = ids.map((id) => stateKey(kind, id))
      const [records, states, tombs] = await Promise.all([
        getExisting(db.table<AnyRecord, string>(kind), ids),
        getExisting(db.recordState, keys),
        getExisting(db.tombstones, keys),
      ])
      return ids.map((_, i): Stored => ({ record: records[i], state: states[i], tombstone: tombs[i] }))
    },
    async userDataOn(kind, ids) {
      const hangs = new Set<string>()
      const wanted = new Set(ids)
      if ((NOTE_TARGETS as readonly string[]).includes(kind)) {
        const notes = await db.notes.where('[targetKind+targetId]').anyOf(ids.map((id) => [kind as NoteTarget, id])).toArray()
        for (const n of notes) hangs.add(n.targetId)
      }
      // Links from the user's own policies.
      const local = await db.policies.where('id').startsWith(LOCAL_PREFIX).toArray()
      for (const p of local) for (const r of p.relations) if (wanted.has(r.targetId)) hangs.add(r.targetId)
      // Citations and links in briefings (their documents mention the id).
      await db.briefings.each((b) => {
        const text = JSON.stringify(b.doc)
        for (const id of wanted) if (text.includes(id)) hangs.add(id)
      })
      return hangs
    },
  }
}

export interface ApplyOptions {
  source: string
  signature?: string
  /** records of the bundle left out because they failed validation (for the history) */
  rejected?: number
  /** Called with done/total while writing (inside the transaction). */
  onProgress?: (done: number, total: number) => void
}

const CHUNK = 2000

/** Writes a bundle by the merge rules, all or nothing; logs the import with what it replaced. */
export async function applyImport(db: PolicyDeskDb, bundle: Bundle, opts: ApplyOptions): Promise<{ entry: ImportEntry; plan: ImportPlan }> {
  const tables = [...RECORD_KINDS.map((k) => db.table(k)), db.recordState, db.tombstones, db.imports, db.importUndo, db.notes, db.briefings]
  return db.transaction('rw', tables, async () => {
    const plan = await planImport(bundle, mergeLookup(db))
    const writes = plan.items.filter((i) => i.outcome.write)
    const entry: ImportEntry = {
      id: newId('imp'),
      appliedAt: Date.now(),
      source: opts.source,
      publisher: bundle.publisher.name,
      digest: bundle.digest.value,
      sequence: bundle.sequence,
      counts: { ...plan.counts, ...(opts.rejected ? { rejected: opts.rejected } : {}) },
      ...(opts.signature ? { signature: opts.signature } : {}),
    }
    const undo: ImportUndo = { importId: entry.id, entries: [] }
    let done = 0
    for (let at = 0; at < writes.length; at += CHUNK) {
      const chunk = writes.slice(at, at + CHUNK)
      for (const kind of RECORD_KINDS) {
        const mine = chunk.filter((i) => i.kind === kind)
        if (!mine.length) continue
        const puts = mine.filter((i) => i.outcome.record).map((i) => i.outcome.record!)
        const dels = mine.filter((i) => !i.outcome.record && i.before.record).map((i) => i.id)
        if (puts.length) await db.table(kind).bulkPut(puts)
        if (dels.length) await db.table(kind).bulkDelete(dels)
      }
      const states = chunk.filter((i) => i.outcome.state).map((i) => structuredClone(i.outcome.state!))
      const stateDels = chunk.filter((i) => !i.outcome.state && i.before.state).map((i) => stateKey(i.kind, i.id))
      const tombs = chunk.filter((i) => i.outcome.tombstone && i.outcome.tombstone !== i.before.tombstone).map((i) => i.outcome.tombstone!)
      if (states.length) await db.recordState.bulkPut(states)
      if (stateDels.length) await db.recordState.bulkDelete(stateDels)
      if (tombs.length) await db.tombstones.bulkPut(tombs)
      for (const i of chunk) {
        undo.entries.push({
          kind: i.kind,
          id: i.id,
          before: { record: i.before.record ?? null, state: i.before.state ?? null, tombstone: i.before.tombstone ?? null },
          after: i.outcome.record ? fingerprint(i.outcome.record) : null,
        })
      }
      done += chunk.length
      opts.onProgress?.(done, writes.length)
    }
    await db.imports.add(entry)
    await db.importUndo.add(undo)
    return { entry, plan }
  })
}

/** The ids an undo would touch, by kind (the change journal wants them before the write). */
export async function undoTargets(db: PolicyDeskDb, importId: string): Promise<{ kind: RecordKind; id: string }[]> {
  const undo = await db.importUndo.get(importId)
  return undo ? undo.entries.map((e) => ({ kind: e.kind, id: e.id })) : []
}

/**
 * Puts back what an import replaced. A record changed since the import (by hand or by a later
 * import) is left as it is and counted as skipped: an undo never discards later work.
 */
export async function undoImport(db: PolicyDeskDb, importId: string): Promise<{ restored: number; skipped: number }> {
  const tables = [...RECORD_KINDS.map((k) => db.table(k)), db.recordState, db.tombstones, db.imports, db.importUndo]
  return db.transaction('rw', tables, async () => {
    const entry = await db.imports.get(importId)
    const undo = await db.importUndo.get(importId)
    if (!entry || !undo) throw new Error('这次导入没有可撤销的记录 / nothing to undo for this import')
    if (entry.undoneAt) throw new Error('这次导入已撤销 / this import was already undone')
    let restored = 0
    let skipped = 0
    for (const e of undo.entries) {
      const table = db.table<AnyRecord, string>(e.kind)
      const current = await table.get(e.id)
      const now = current ? fingerprint(current) : null
      if (now !== e.after) {
        skipped++
        continue
      }
      const key = stateKey(e.kind, e.id)
      if (e.before.record) await table.put(e.before.record)
      else await table.delete(e.id)
      if (e.before.state) await db.recordState.put(e.before.state)
      else await db.recordState.delete(key)
      if (e.before.tombstone) await db.tombstones.put(e.before.tombstone)
      else await db.tombstones.delete(key)
      restored++
    }
    await db.imports.update(importId, { undoneAt: Date.now() })
    return { restored, skipped }
  })
}

export function listConflicted(db: PolicyDeskDb): Promise<RecordState[]> {
  return db.recordState.where('conflicts').above(0).toArray()
}

export function getRecordState(db: PolicyDeskDb, kind: RecordKind, id: string): Promise<RecordState | undefined> {
  return db.recordState.get(stateKey(kind, id))
}

/** Settles one conflicting field: take the publisher's value, or keep the user's. */
export async function resolveConflict(db: PolicyDeskDb, kind: RecordKind, id: string, field: string, choice: 'incoming' | 'mine'): Promise<void> {
  const table = db.table<AnyRecord, string>(kind)
  await db.transaction('rw', table, db.recordState, async () => {
    const [record, state] = await Promise.all([table.get(id), db.recordState.get(stateKey(kind, id))])
    if (!record || !state) throw new Error(`没有找到记录 / record not found: ${id}`)
    if (choice === 'incoming') {
      const next = acceptIncoming(record, state, field)
      await table.put(next.record)
      await saveState(db, kind, id, next.state)
    } else {
      await saveState(db, kind, id, keepMine(record, state, field))
    }
  })
}

async function saveState(db: PolicyDeskDb, kind: RecordKind, id: string, state: RecordState | null): Promise<void> {
  if (state) await db.recordState.put(structuredClone(state))
  else await db.recordState.delete(stateKey(kind, id))
}

/** After a hand edit is saved: remember which fields are the user's (never overwritten by imports). */
export async function noteHandEdit(db: PolicyDeskDb, kind: RecordKind, before: AnyRecord, after: AnyRecord): Promise<void> {
  const state = await db.recordState.get(stateKey(kind, before.id))
  await saveState(db, kind, before.id, recordHandEdit(kind, before, state, after))
}
