// Verification of a restore: the file against its own manifest before anything is written,
// and the database against the expected manifest after the write has committed.
import type Dexie from 'dexie'
import type { ManifestEntry } from '@shared/backup/format'
import { checkTables, type TableCheck } from '@shared/backup/manifest'
import { readAllTables, type Progress } from './export'

export class BackupRefused extends Error {}

/** A one-line bilingual account of the tables that failed, for an error message. */
export function describeFailures(checks: TableCheck[]): string {
  return checks
    .filter((c) => !c.ok)
    .map((c) => `${c.table}: ${c.reason ?? ''}`)
    .join('; ')
}

/** Re-reads the database and checks it against `expected` (every backed-up table, counts and digests). */
export async function verifyDatabase(db: Dexie, expected: Record<string, ManifestEntry>, onProgress: Progress = () => undefined): Promise<TableCheck[]> {
  const tables = await readAllTables(db, (_p, done, total) => onProgress('verify', done, total))
  return checkTables(tables, expected)
}
