// Hand edits of policies: save (validated), delete into the trash, undo from the trash.
// Notes on a deleted policy are left where they are: they stay visible and come back with it.
import { policySchema, type Policy } from '@shared/model/records'
import { newId, type TrashEntry } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'
import { noteHandEdit } from './merge'

/** Saves a hand edit. On a published record the changed fields become the user's own, which imports never overwrite. */
export async function savePolicy(db: PolicyDeskDb, policy: Policy): Promise<Policy> {
  const valid = policySchema.parse(policy)
  await db.transaction('rw', db.policies, db.recordState, async () => {
    const before = await db.policies.get(valid.id)
    await db.policies.put(structuredClone(valid))
    if (before && !valid.id.startsWith('pol-local-')) await noteHandEdit(db, 'policies', before, valid)
  })
  return valid
}

export async function deletePolicy(db: PolicyDeskDb, id: string): Promise<TrashEntry> {
  return db.transaction('rw', db.policies, db.trash, async () => {
    const record = await db.policies.get(id)
    if (!record) throw new Error(`policy ${id} not found`)
    const entry: TrashEntry = { id: newId('trash'), kind: 'policies', recordId: id, record, deletedAt: Date.now() }
    await db.trash.add(entry)
    await db.policies.delete(id)
    return entry
  })
}

/** Puts a deleted policy back, unless a record with its id has appeared since (then refuses). */
export async function undoDelete(db: PolicyDeskDb, trashId: string): Promise<Policy> {
  return db.transaction('rw', db.policies, db.trash, async () => {
    const entry = await db.trash.get(trashId)
    if (!entry) throw new Error('nothing to undo')
    if (await db.policies.get(entry.recordId)) throw new Error(`policy ${entry.recordId} exists again; not overwritten`)
    const record = policySchema.parse(entry.record)
    await db.policies.add(record)
    await db.trash.delete(trashId)
    return record
  })
}

export function newPolicyId(): string {
  return newId('pol-local')
}
