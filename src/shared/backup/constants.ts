// The backup format's names and limits, without its schema: the start-up code (automatic
// backup names, the browser's file picker) needs these and not zod.
export const BACKUP_FORMAT = 'policy-desk-backup'
export const BACKUP_FORMAT_VERSION = 2
export const BACKUP_REASONS = ['manual', 'auto', 'before-import', 'before-restore'] as const
export type BackupReason = (typeof BACKUP_REASONS)[number]
export type AutoBackupReason = Exclude<BackupReason, 'manual'>
export const AUTO_REASONS = ['auto', 'before-import', 'before-restore'] as const satisfies readonly AutoBackupReason[]
/** Derived tables that are rebuilt after a restore and never backed up. */
export const NOT_BACKED_UP: readonly string[] = ['cache']
/** The largest backup file either side reads, and the largest JSON it may unpack to (a JS string's limit is near 512 MiB). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024
export const MAX_BACKUP_JSON_BYTES = 480 * 1024 * 1024
export const BACKUP_EXTENSION = 'pdbackup'
