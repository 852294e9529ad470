// Reading the shipped and imported records (the import history: import-history.ts). Writing imports: merge.ts.
import { RECORD_KINDS, type RecordKind, type RecordTypes } from '@shared/model/records'
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

export async function countRecords(db: PolicyDeskDb): Promise<Record<RecordKind, number>> {
  const entries = await Promise.all(RECORD_KINDS.map(async (k) => [k, await recordTable(db, k).count()] as const))
  return Object.fromEntries(entries) as Record<RecordKind, number>
}
