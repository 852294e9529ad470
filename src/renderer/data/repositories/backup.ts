// A one-file export of everything in the database (records, notes, briefings, import
// history), written through the desktop API so main picks the path. Restore comes with
// the Update imports work.
import type { PolicyDeskDb } from '../db'

export const BACKUP_FORMAT = 'policy-desk-backup'

export async function exportEverything(db: PolicyDeskDb): Promise<{ json: string; counts: Record<string, number> }> {
  const tables: Record<string, unknown[]> = {}
  const counts: Record<string, number> = {}
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) {
      tables[table.name] = await table.toArray()
      counts[table.name] = tables[table.name]!.length
    }
  })
  const json = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, schemaVersion: db.verno, exportedAt: new Date().toISOString(), tables })
  return { json, counts }
}
