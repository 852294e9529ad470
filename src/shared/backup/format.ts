// The backup file `policy-desk-backup` v2: gzip of one JSON envelope holding every table's rows
// and a manifest (count and SHA-256 per table) that a restore checks before and after writing.
import { z } from 'zod'
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_REASONS, type BackupReason } from './constants'

export * from './constants'

const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, '表名无效 / invalid table name')
export const manifestEntrySchema = z.strictObject({
  count: z.number().int().min(0),
  digest: z.string().regex(/^[0-9a-f]{64}$/, '摘要应为 64 位十六进制 / digest must be 64 hex digits'),
  /** The table's primary key path, by which rows are sorted before hashing. */
  primaryKey: z.string().min(1).max(64),
})
export type ManifestEntry = z.infer<typeof manifestEntrySchema>

/**
 * Settings kept outside the database (main's userData files, or localStorage in the browser):
 * the analyst's trusted publisher keys and feed addresses. Restored by adding what is missing.
 * The inbox folder is not carried: a path from another machine means nothing here.
 */
export const appSettingsSchema = z.strictObject({
  trustedKeys: z
    .array(z.strictObject({ publisherId: z.string().max(100), name: z.string().max(200), publicKey: z.string().max(100) }))
    .max(500),
  feeds: z.array(z.strictObject({ address: z.string().max(2000) })).max(200),
})
export type AppSettings = z.infer<typeof appSettingsSchema>

export const backupEnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { message: `不是政策观察台备份 / not a ${BACKUP_FORMAT} file` }),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION, { message: `备份格式版本应为 ${BACKUP_FORMAT_VERSION} / formatVersion must be ${BACKUP_FORMAT_VERSION}` }),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(64),
  createdAt: z.iso.datetime({ message: '创建时间无效 / createdAt must be an ISO date-time' }),
  reason: z.enum(BACKUP_REASONS),
  tables: z.record(tableName, z.array(z.record(z.string(), z.unknown()))),
  manifest: z.record(tableName, manifestEntrySchema),
  settings: appSettingsSchema.optional(),
})
export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>
export type Rows = Record<string, unknown>[]

/** What a screen shows about a file before restoring it. */
export interface BackupSummary {
  createdAt: string
  reason: BackupReason
  schemaVersion: number
  appVersion: string
  formatVersion: number
  counts: Record<string, number>
  /** trusted keys and feeds the file carries (older files: none) */
  settings: AppSettings | null
}

export function summarize(b: BackupEnvelope, formatVersion = BACKUP_FORMAT_VERSION): BackupSummary {
  const counts: Record<string, number> = {}
  for (const [name, rows] of Object.entries(b.tables)) counts[name] = rows.length
  return { createdAt: b.createdAt, reason: b.reason, schemaVersion: b.schemaVersion, appVersion: b.appVersion, formatVersion, counts, settings: b.settings ?? null }
}
