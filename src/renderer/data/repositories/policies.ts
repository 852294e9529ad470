// Hand edits of policies (record-edits.ts does the work for every kind). Notes on a deleted
// policy are left where they are: they stay visible and come back with it.
import type { Policy } from '@shared/model/records'
import { newId, type TrashEntry } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'
import { saveRecord, trashRecord, untrashRecord } from './record-edits'

/** Saves a hand edit. On a published record the changed fields become the user's own, which imports never overwrite. */
export const savePolicy = (db: PolicyDeskDb, policy: Policy): Promise<Policy> => saveRecord(db, 'policies', policy)
export const deletePolicy = (db: PolicyDeskDb, id: string): Promise<TrashEntry> => trashRecord(db, 'policies', id)
/** Puts a deleted policy back, unless a record with its id has appeared since (then refuses). */
export const undoDelete = (db: PolicyDeskDb, trashId: string): Promise<Policy> => untrashRecord(db, 'policies', trashId)

export function newPolicyId(): string {
  return newId('pol-local')
}
