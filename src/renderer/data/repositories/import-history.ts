// The import history, newest first. Apart from records.ts so that the stores that show it at
// start-up (imports, subscriptions) do not load the record schemas.
import type { ImportEntry } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'

export function listImports(db: PolicyDeskDb): Promise<ImportEntry[]> {
  return db.imports.orderBy('appliedAt').reverse().toArray()
}
