// Briefings: title plus the editor's ProseMirror JSON, saved whole on each autosave. Every save
// names the revision it started from, so two windows never overwrite each other silently.
import { briefingSchema, newId, type Briefing } from '@shared/model/user-data'
import type { PrintSettings } from '@shared/briefing/doc-model'
import type { PolicyDeskDb } from '../db'
import { deleteSnapshotsOf, snapshotOnSave } from './briefing-history'
import { putRevision } from './briefing-revision'

export { BriefingConflictError } from './briefing-revision'

export function listBriefings(db: PolicyDeskDb): Promise<Briefing[]> {
  return db.briefings.orderBy('updatedAt').reverse().toArray()
}

export function getBriefing(db: PolicyDeskDb, id: string): Promise<Briefing | undefined> {
  return db.briefings.get(id)
}

export async function createBriefing(db: PolicyDeskDb, title: string, doc: Record<string, unknown>, print?: PrintSettings): Promise<Briefing> {
  const now = Date.now()
  const b = briefingSchema.parse({ id: newId('brf'), title, doc, ...(print ? { print } : {}), createdAt: now, updatedAt: now })
  await db.briefings.add(b)
  return b
}

/**
 * Saves the next revision and, every few minutes of editing, an automatic snapshot of it, in
 * one transaction. Throws BriefingConflictError (writing nothing) when the stored revision is
 * not `expectedRev`: someone else saved since this writer loaded the briefing.
 */
export async function saveBriefing(db: PolicyDeskDb, id: string, title: string, doc: Record<string, unknown>, expectedRev: number): Promise<Briefing> {
  return db.transaction('rw', db.briefings, db.briefingSnapshots, async () => {
    const next = await putRevision(db, id, title, doc, expectedRev)
    await snapshotOnSave(db, next)
    return next
  })
}

/** The briefing and its whole version history, together. */
export async function deleteBriefing(db: PolicyDeskDb, id: string): Promise<void> {
  await db.transaction('rw', db.briefings, db.briefingSnapshots, async () => {
    await deleteSnapshotsOf(db, id)
    await db.briefings.delete(id)
  })
}
