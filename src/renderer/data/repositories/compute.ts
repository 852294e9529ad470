// Hand edits of chips and training corpora (record-edits.ts does the work for every kind).
// Chips that name a deleted chip as successor keep the id, so undo mends the chain.
import type { Chip, Dataset } from '@shared/model/records'
import { newId, type TrashEntry } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'
import { saveRecord, trashRecord, untrashRecord } from './record-edits'

type ComputeKind = 'chips' | 'datasets'

export const newChipId = (): string => newId('chip-local')
export const newDatasetId = (): string => newId('ds-local')
export const saveChip = (db: PolicyDeskDb, chip: Chip): Promise<Chip> => saveRecord(db, 'chips', chip)
export const saveDataset = (db: PolicyDeskDb, dataset: Dataset): Promise<Dataset> => saveRecord(db, 'datasets', dataset)
export const deleteComputeRecord = (db: PolicyDeskDb, kind: ComputeKind, id: string): Promise<TrashEntry> => trashRecord(db, kind, id)

/** Puts a deleted chip or corpus back, unless a record with its id has appeared since (then refuses). */
export async function undoDeleteComputeRecord(db: PolicyDeskDb, trashId: string): Promise<Chip | Dataset> {
  const entry = await db.trash.get(trashId)
  if (!entry || (entry.kind !== 'chips' && entry.kind !== 'datasets')) throw new Error('nothing to undo')
  return untrashRecord(db, entry.kind, trashId)
}
