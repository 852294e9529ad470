// The user's own briefing templates (saved from a briefing), newest first.
import type { UserTemplate } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'

export async function listTemplates(db: PolicyDeskDb): Promise<UserTemplate[]> {
  return (await db.briefingTemplates.toArray()).sort((a, b) => b.createdAt - a.createdAt)
}

export async function saveTemplate(db: PolicyDeskDb, t: UserTemplate): Promise<void> {
  await db.briefingTemplates.put(structuredClone(t))
}

export function deleteTemplate(db: PolicyDeskDb, id: string): Promise<void> {
  return db.briefingTemplates.delete(id)
}
