// Hand edits of models (record-edits.ts does the work for every kind).
import type { Model } from '@shared/model/records'
import { newId, type TrashEntry } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'
import { saveRecord, trashRecord, untrashRecord } from './record-edits'

export const newModelId = (): string => newId('mod-local')
export const saveModel = (db: PolicyDeskDb, model: Model): Promise<Model> => saveRecord(db, 'models', model)
export const deleteModel = (db: PolicyDeskDb, id: string): Promise<TrashEntry> => trashRecord(db, 'models', id)
export const undoDeleteModel = (db: PolicyDeskDb, trashId: string): Promise<Model> => untrashRecord(db, 'models', trashId)
