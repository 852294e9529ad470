// Reading the shipped and imported records, and applying an import plan in one transaction.
import type { Bundle } from '@shared/bundle/schema'
import type { ImportPlan } from '@shared/bundle/plan'
import { RECORD_KINDS, type AnyRecord, type RecordKind, type RecordTypes } from '@shared/model/records'
import { newId, type ImportEntry } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'

export function recordTable<K extends RecordKind>(db: PolicyDeskDb, kind: K) {
  return db.table<RecordTypes[K], string>(kind)
}

export function listRecords<K extends RecordKind>(db: PolicyDeskDb, kind: K): Promise<RecordTypes[K][]> {
  return recordTable(db, kind).toArray()
}

export function getRecord<K extends RecordKind>(db: PolicyDeskDb, kind: K, id: string): Promise<RecordTypes[K] | undefined> {
  return recordTable(db, kind).get(id)
}

export function existingLookup(db: PolicyDeskDb) {
  return (kind: RecordKind, ids: string[]) => recordTable(db, kind).bulkGet(ids) as Promise<(AnyRecord | undefined)[]>
}

export async function countRecords(db: PolicyDeskDb): Promise<Record<RecordKind, number>> {
  const entries = await Promise.all(RECORD_KINDS.map(async (k) => [k, await recordTable(db, k).count()] as const))
  return Object.fromEntries(entries) as Record<RecordKind, number>
}

/** Writes what the plan adds, changes and removes, and logs the import, all or nothing. */
export async function applyPlan(db: PolicyDeskDb, bundle: Bundle, plan: ImportPlan, source: string): Promise<ImportEntry> {
  const entry: ImportEntry = {
    id: newId('imp'),
    appliedAt: Date.now(),
    source,
    publisher: bundle.publisher.name,
    digest: bundle.digest.value,
    sequence: bundle.sequence,
    counts: { ...plan.counts },
  }
  const tables = [...RECORD_KINDS.map((k) => db.table(k)), db.imports]
  await db.transaction('rw', tables, async () => {
    for (const kind of RECORD_KINDS) {
      const puts = plan.items.filter((i) => i.kind === kind && (i.action === 'add' || i.action === 'change'))
      if (puts.length) await db.table(kind).bulkPut(puts.map((i) => structuredClone(i.incoming)))
      const removes = plan.items.filter((i) => i.kind === kind && i.action === 'remove')
      if (removes.length) await db.table(kind).bulkDelete(removes.map((i) => i.id))
    }
    await db.imports.add(entry)
  })
  return entry
}

export function listImports(db: PolicyDeskDb): Promise<ImportEntry[]> {
  return db.imports.orderBy('appliedAt').reverse().toArray()
}
