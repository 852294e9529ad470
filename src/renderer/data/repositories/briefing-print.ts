// A briefing's print settings (style, page numbering, running header) saved on their own: only
// `print` and `updatedAt` change. The revision guards the document, which this never touches,
// so an editor open in another window does not see a conflict (its saves keep these settings).
import type { PrintSettings } from '@shared/briefing/doc-model'
import { briefingSchema, type Briefing } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'

export async function saveBriefingPrint(db: PolicyDeskDb, id: string, print: PrintSettings): Promise<Briefing> {
  return db.transaction('rw', db.briefings, async () => {
    const existing = await db.briefings.get(id)
    if (!existing) throw new Error(`briefing ${id} not found`)
    const next = briefingSchema.parse({ ...existing, print: { ...print }, updatedAt: Date.now() })
    await db.briefings.update(id, { print: next.print, updatedAt: next.updatedAt })
    return next
  })
}
