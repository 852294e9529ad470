// Hand edits of chips and training corpora: save (validated), delete into the trash and undo.
// A hand edit of a published record becomes the user's own, which imports never overwrite.
import { chipSchema, datasetSchema, type Chip, type Dataset } from '@shared/model/records'
import { newId, type TrashEntry } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'
import { noteHandEdit } from './merge'

type ComputeKind = 'chips' | 'datasets'
const LOCAL_PREFIX: Record<ComputeKind, string> = { chips: 'chip-local', datasets: 'ds-local' }
const SCHEMA = { chips: chipSchema, datasets: datasetSchema }
const LABEL: Record<ComputeKind, string> = { chips: '芯片 / chip', datasets: '语料 / corpus' }

export const newChipId = (): string => newId(LOCAL_PREFIX.chips)
export const newDatasetId = (): string => newId(LOCAL_PREFIX.datasets)

async function save<T extends Chip | Dataset>(db: PolicyDeskDb, kind: ComputeKind, schema: { parse(x: unknown): T }, record: T): Promise<T> {
  const valid = schema.parse(record)
  const table = db.table<T, string>(kind)
  await db.transaction('rw', table, db.recordState, async () => {
    const before = await table.get(valid.id)
    await table.put(structuredClone(valid))
    if (before && !valid.id.startsWith(`${LOCAL_PREFIX[kind]}-`)) await noteHandEdit(db, kind, before, valid)
  })
  return valid
}

export const saveChip = (db: PolicyDeskDb, chip: Chip): Promise<Chip> => save(db, 'chips', chipSchema, chip)
export const saveDataset = (db: PolicyDeskDb, dataset: Dataset): Promise<Dataset> => save(db, 'datasets', datasetSchema, dataset)

/** Moves a chip or corpus into the trash; chips that name a deleted chip as successor keep the id, so undo mends the chain. */
export async function deleteComputeRecord(db: PolicyDeskDb, kind: ComputeKind, id: string): Promise<TrashEntry> {
  const table = db.table<Chip | Dataset, string>(kind)
  return db.transaction('rw', table, db.trash, async () => {
    const record = await table.get(id)
    if (!record) throw new Error(`${LABEL[kind]} ${id} 不存在 / not found`)
    const entry: TrashEntry = { id: newId('trash'), kind, recordId: id, record, deletedAt: Date.now() }
    await db.trash.add(entry)
    await table.delete(id)
    return entry
  })
}

/** Puts a deleted chip or corpus back, unless a record with its id has appeared since (then refuses). */
export async function undoDeleteComputeRecord(db: PolicyDeskDb, trashId: string): Promise<Chip | Dataset> {
  return db.transaction('rw', db.chips, db.datasets, db.trash, async () => {
    const entry = await db.trash.get(trashId)
    if (!entry || (entry.kind !== 'chips' && entry.kind !== 'datasets')) throw new Error('nothing to undo')
    const table = db.table<Chip | Dataset, string>(entry.kind)
    if (await table.get(entry.recordId)) throw new Error(`${entry.recordId} exists again; not overwritten`)
    const record = SCHEMA[entry.kind].parse(entry.record)
    await table.add(record)
    await db.trash.delete(trashId)
    return record
  })
}
