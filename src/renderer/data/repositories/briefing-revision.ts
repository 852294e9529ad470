// One revision of a briefing: the write every save goes through. A writer states the revision
// it started from; if another window saved since, the write is refused and nothing changes.
import { briefingSchema, type Briefing } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'

/** Another window (or tab) saved this briefing after we loaded it; `stored` is their version. */
export class BriefingConflictError extends Error {
  readonly stored: Briefing
  constructor(stored: Briefing, expectedRev: number) {
    super(`briefing ${stored.id} is at revision ${stored.rev}, not ${expectedRev}`)
    this.name = 'BriefingConflictError'
    this.stored = stored
  }
}

/**
 * Writes `title` and `doc` as the next revision. Call inside a rw transaction on briefings
 * (the check and the write must not be split by another window's save).
 */
export async function putRevision(db: PolicyDeskDb, id: string, title: string, doc: Record<string, unknown>, expectedRev: number): Promise<Briefing> {
  const existing = await db.briefings.get(id)
  if (!existing) throw new Error(`briefing ${id} not found`)
  if (existing.rev !== expectedRev) throw new BriefingConflictError(existing, expectedRev)
  const next = briefingSchema.parse({ ...existing, title, doc, rev: existing.rev + 1, updatedAt: Date.now() })
  await db.briefings.put(next)
  return next
}
