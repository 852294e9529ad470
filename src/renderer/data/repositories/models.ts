// Hand edits of models: save (validated; a published model's changed fields become the
// user's own), delete into the trash and undo.
import { modelSchema, type Model } from '@shared/model/records'
import { newId, type TrashEntry } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'
import { noteHandEdit } from './merge'

export const newModelId = (): string => newId('mod-local')

export async function saveModel(db: PolicyDeskDb, model: Model): Promise<Model> {
  const valid = modelSchema.parse(model)
  await db.transaction('rw', db.models, db.recordState, async () => {
    const before = await db.models.get(valid.id)
    await db.models.put(structuredClone(valid))
    if (before && !valid.id.startsWith('mod-local-')) await noteHandEdit(db, 'models', before, valid)
  })
  return valid
}

export async function deleteModel(db: PolicyDeskDb, id: string): Promise<TrashEntry> {
  return db.transaction('rw', db.models, db.trash, async () => {
    const record = await db.models.get(id)
    if (!record) throw new Error(`模型 ${id} 不存在 / model not found`)
    const entry: TrashEntry = { id: newId('trash'), kind: 'models', recordId: id, record, deletedAt: Date.now() }
    await db.trash.add(entry)
    await db.models.delete(id)
    return entry
  })
}

export async function undoDeleteModel(db: PolicyDeskDb, trashId: string): Promise<Model> {
  return db.transaction('rw', db.models, db.trash, async () => {
    const entry = await db.trash.get(trashId)
    if (!entry || entry.kind !== 'models') throw new Error('nothing to undo')
    if (await db.models.get(entry.recordId)) throw new Error(`model ${entry.recordId} exists again; not overwritten`)
    const record = modelSchema.parse(entry.record)
    await db.models.add(record)
    await db.trash.delete(trashId)
    return record
  })
}
