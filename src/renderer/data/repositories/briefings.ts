// Briefings: title plus the editor's ProseMirror JSON, saved whole on each autosave.
import { briefingSchema, newId, type Briefing } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'

export function listBriefings(db: PolicyDeskDb): Promise<Briefing[]> {
  return db.briefings.orderBy('updatedAt').reverse().toArray()
}

export function getBriefing(db: PolicyDeskDb, id: string): Promise<Briefing | undefined> {
  return db.briefings.get(id)
}

export async function createBriefing(db: PolicyDeskDb, title: string, doc: Record<string, unknown>): Promise<Briefing> {
  const now = Date.now()
  const b = briefingSchema.parse({ id: newId('brf'), title, doc, createdAt: now, updatedAt: now })
  await db.briefings.add(b)
  return b
}

export async function saveBriefing(db: PolicyDeskDb, id: string, title: string, doc: Record<string, unknown>): Promise<Briefing> {
  const existing = await db.briefings.get(id)
  if (!existing) throw new Error(`briefing ${id} not found`)
  const next = briefingSchema.parse({ ...existing, title, doc, updatedAt: Date.now() })
  await db.briefings.put(next)
  return next
}

export function deleteBriefing(db: PolicyDeskDb, id: string): Promise<void> {
  return db.briefings.delete(id)
}
