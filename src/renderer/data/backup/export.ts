// Reads every backed-up table (all of db.tables but the rebuildable cache) page by page in one
// read transaction, so the snapshot is consistent, and builds the backup file from it.
import type Dexie from 'dexie'
import type { Table } from 'dexie'
import { encodeBackup } from '@shared/backup/codec'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, NOT_BACKED_UP, type AppSettings, type BackupEnvelope, type BackupReason, type ManifestEntry, type Rows } from '@shared/backup/format'
import { manifestEntry } from '@shared/backup/manifest'
import { encodeBlobRows } from './blob-rows'

export type Progress = (phase: BackupPhase, done: number, total: number) => void
export type BackupPhase = 'read' | 'digest' | 'compress' | 'decode' | 'check' | 'upgrade' | 'write' | 'verify'

/** Rows read per request: keeps each structured clone small at 100,000 policies. */
export const PAGE_SIZE = 2000

export function backedUpTables(db: Dexie): Table[] {
  return db.tables.filter((t) => !NOT_BACKED_UP.includes(t.name))
}

export function primaryKeyOf(table: Table): string {
  const path = table.schema.primKey.keyPath
  if (typeof path !== 'string' || !path) throw new Error(`${table.name}: 主键须为单一字段 / primary key must be one inbound field`)
  return path
}

async function readPaged(table: Table, onPage: (n: number) => void): Promise<Rows> {
  const rows: Rows = []
  let page = (await table.orderBy(':id').limit(PAGE_SIZE).toArray()) as Rows
  const key = primaryKeyOf(table)
  while (page.length) {
    rows.push(...page)
    onPage(page.length)
    if (page.length < PAGE_SIZE) break
    const last = page[page.length - 1]![key] as string | number
    page = (await table.where(':id').above(last).limit(PAGE_SIZE).toArray()) as Rows
  }
  return rows
}

/** Every backed-up table's rows, read in one transaction. */
export async function readAllTables(db: Dexie, onProgress: Progress = () => undefined): Promise<Record<string, Rows>> {
  const tables = backedUpTables(db)
  const out: Record<string, Rows> = {}
  await db.transaction('r', tables, async () => {
    const counts = await Promise.all(tables.map((t) => t.count()))
    const total = counts.reduce((a, b) => a + b, 0)
    let done = 0
    for (const t of tables) {
      out[t.name] = await readPaged(t, (n) => onProgress('read', (done += n), total))
    }
  })
  for (const name of Object.keys(out)) out[name] = await encodeBlobRows(name, out[name]!)
  return out
}

export async function manifestOf(db: Dexie, tables: Record<string, Rows>, onProgress: Progress = () => undefined): Promise<Record<string, ManifestEntry>> {
  const manifest: Record<string, ManifestEntry> = {}
  const names = Object.keys(tables)
  for (const [i, name] of names.entries()) {
    manifest[name] = await manifestEntry(tables[name]!, primaryKeyOf(db.table(name)))
    onProgress('digest', i + 1, names.length)
  }
  return manifest
}

export async function buildBackup(
  db: Dexie,
  reason: BackupReason,
  appVersion: string,
  onProgress: Progress = () => undefined,
  settings?: AppSettings,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; envelope: BackupEnvelope }> {
  if (!db.isOpen()) await db.open()
  const tables = await readAllTables(db, onProgress)
  const envelope: BackupEnvelope = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: db.verno,
    appVersion,
    createdAt: new Date().toISOString(),
    reason,
    tables,
    manifest: await manifestOf(db, tables, onProgress),
    ...(settings ? { settings } : {}),
  }
  onProgress('compress', 0, 1)
  const bytes = encodeBackup(envelope)
  onProgress('compress', 1, 1)
  return { bytes, envelope }
}
