// Hand edits of any record kind, one way for all: save (validated with the kind's schema; on a
// published record the changed fields become the user's own, which imports never overwrite),
// delete into the trash, and undo from the trash. Records made on this machine carry a
// `<prefix>-local-` id and have no publisher's version to keep.
import { RECORD_SCHEMAS, type RecordKind, type RecordTypes } from '@shared/model/records'
import { newId, type TrashEntry } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'
import { noteHandEdit } from './merge'
import { recordTable } from './records'

const parse = <K extends RecordKind>(kind: K, value: unknown): RecordTypes[K] => RECORD_SCHEMAS[kind].parse(value) as RecordTypes[K]

export async function saveRecord<K extends RecordKind>(db: PolicyDeskDb, kind: K, record: RecordTypes[K]): Promise<RecordTypes[K]> {
  const valid = parse(kind, record)
  const table = recordTable(db, kind)
  await db.transaction('rw', table, db.recordState, async () => {
    const before = await table.get(valid.id)
    await table.put(structuredClone(valid))
    if (before && !/^[a-z]+-local-/.test(valid.id)) await noteHandEdit(db, kind, before, valid)
  })
  return valid
}

export async function trashRecord(db: PolicyDeskDb, kind: RecordKind, id: string): Promise<TrashEntry> {
  const table = recordTable(db, kind)
  return db.transaction('rw', table, db.trash, async () => {
    const record = await table.get(id)
    if (!record) throw new Error(`${id} 不存在 / not found`)
    const entry: TrashEntry = { id: newId('trash'), kind, recordId: id, record, deletedAt: Date.now() }
    await db.trash.add(entry)
    await table.delete(id)
    return entry
  })
}

/** Puts a deleted record back, unless a record with its id has appeared since (then refuses). */
export async function untrashRecord<K extends RecordKind>(db: PolicyDeskDb, kind: K, trashId: string): Promise<RecordTypes[K]> {
  const table = recordTable(db, kind)
  return db.transaction('rw', table, db.trash, async () => {
    const entry = await db.trash.get(trashId)
    if (!entry || entry.kind !== kind) throw new Error('nothing to undo')
    if (await table.get(entry.recordId)) throw new Error(`${entry.recordId} exists again; not overwritten`)
    const record = parse(kind, entry.record)
    await table.add(record)
    await db.trash.delete(trashId)
    return record
  })
}
