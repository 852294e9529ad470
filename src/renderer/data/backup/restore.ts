// Restores a decoded backup in one transaction, after checking the file against its manifest;
// then re-reads the database and checks it against what should now be there.
//  - replace: every backed-up table is cleared and gets exactly the backup's rows (tables the
//    backup lacks, e.g. newer than it, end up empty).
//  - merge: a row whose key is not in the database is added; for a key present in both, the
//    newer one is kept, judged by `updatedAt` when both rows have it as a number, else by
//    `rev`; on a tie or without either field the existing row stays.
import type Dexie from 'dexie'
import type { BackupEnvelope, ManifestEntry, Rows } from '@shared/backup/format'
import { compareKeys, manifestEntry, type TableCheck } from '@shared/backup/manifest'
import { checkTables } from '@shared/backup/manifest'
import { backedUpTables, primaryKeyOf, type Progress } from './export'
import { upgradeRows } from './stage'
import { BLOB_FIELDS, decodeBlobRows, encodeBlobRows } from './blob-rows'
import { BackupRefused, describeFailures, verifyDatabase } from './verify'

export type RestoreMode = 'replace' | 'merge'
export interface RestoreResult {
  mode: RestoreMode
  /** The database after the write, per table: count and whether its digest matched. */
  checks: TableCheck[]
  /** Rows written per table (merge: added or replaced). */
  written: Record<string, number>
  upgradedFrom: number | null
}

/** Whether `incoming` should replace `existing` in a merge. */
export function incomingWins(existing: Record<string, unknown>, incoming: Record<string, unknown>): boolean {
  for (const field of ['updatedAt', 'rev']) {
    const a = existing[field]
    const b = incoming[field]
    if (typeof a === 'number' && typeof b === 'number') return b > a
  }
  return false
}

/** The merged rows of one table, and the ones that must be written. */
export function mergeRows(existing: Rows, incoming: Rows, key: string): { result: Rows; write: Rows } {
  const byKey = new Map<unknown, Record<string, unknown>>(existing.map((r) => [r[key], r]))
  const write: Rows = []
  for (const row of incoming) {
    const old = byKey.get(row[key])
    if (!old || incomingWins(old, row)) {
      byKey.set(row[key], row)
      write.push(row)
    }
  }
  const result = [...byKey.values()].sort((a, b) => compareKeys(a[key], b[key]))
  return { result, write }
}

export async function restoreBackup(db: Dexie, backup: BackupEnvelope, mode: RestoreMode, onProgress: Progress = () => undefined): Promise<RestoreResult> {
  if (!db.isOpen()) await db.open()
  onProgress('check', 0, 1)
  const fileChecks = await checkTables(backup.tables, backup.manifest)
  if (fileChecks.some((c) => !c.ok)) throw new BackupRefused(`备份文件未通过校验，数据库未作改动 / the backup failed its checks, nothing was changed: ${describeFailures(fileChecks)}`)
  onProgress('check', 1, 1)

  let tables = backup.tables
  const upgradedFrom = backup.schemaVersion < db.verno ? backup.schemaVersion : null
  if (upgradedFrom !== null) {
    onProgress('upgrade', 0, 1)
    tables = await upgradeRows(tables, upgradedFrom)
    onProgress('upgrade', 1, 1)
  }
  const targets = backedUpTables(db)
  const known = new Set(targets.map((t) => t.name))
  const unknown = Object.keys(tables).filter((t) => !known.has(t))
  if (unknown.length) throw new BackupRefused(`${unknown.join(', ')}: 本应用没有这些表 / unknown tables`)

  // What each table must hold afterwards; hashed after the commit, since awaiting WebCrypto
  // inside the transaction would let IndexedDB commit it early.
  const after: Record<string, Rows> = {}
  const written: Record<string, number> = {}
  // Tables with Blobs: their rows are compared and hashed as the backup holds them (bytes as
  // base64) and written with their Blobs back; in a merge the rows already here are read first,
  // since reading a Blob's bytes inside the transaction would end it.
  const encodedHere: Record<string, Rows> = {}
  const asStored: Record<string, Rows> = {}
  for (const table of targets) {
    if (!BLOB_FIELDS[table.name]) continue
    asStored[table.name] = decodeBlobRows(table.name, tables[table.name] ?? [], primaryKeyOf(table))
    if (mode === 'merge') encodedHere[table.name] = await encodeBlobRows(table.name, (await table.toArray()) as Rows)
  }
  await db.transaction('rw', targets, async () => {
    for (const [i, table] of targets.entries()) {
      const incoming = tables[table.name] ?? []
      const blobs = table.name in asStored
      if (mode === 'replace') {
        await table.clear()
        await table.bulkPut(blobs ? asStored[table.name]! : incoming)
        written[table.name] = incoming.length
        after[table.name] = incoming
      } else {
        const key = primaryKeyOf(table)
        const { result, write } = mergeRows(encodedHere[table.name] ?? ((await table.toArray()) as Rows), incoming, key)
        await table.bulkPut(blobs ? decodeBlobRows(table.name, write, key) : write)
        written[table.name] = write.length
        after[table.name] = result
      }
      onProgress('write', i + 1, targets.length)
    }
  })
  const expected: Record<string, ManifestEntry> = {}
  for (const table of targets) {
    const fromFile = backup.manifest[table.name]
    // replace with the file's own schema: the database must equal the file's manifest exactly
    expected[table.name] =
      mode === 'replace' && upgradedFrom === null && fromFile ? fromFile : await manifestEntry(after[table.name]!, primaryKeyOf(table))
  }
  const checks = await verifyDatabase(db, expected, onProgress)
  return { mode, checks, written, upgradedFrom }
}
