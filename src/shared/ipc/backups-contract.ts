// The backup methods of the desktop API (argument schemas and results), kept in their own block
// and spread into contract.ts. Bytes cross the bridge as Uint8Array; main picks every path.
import { z } from 'zod'
import { AUTO_REASONS, MAX_BACKUP_BYTES } from '../backup/format'
import { parseAutoBackupName, type AutoBackupInfo } from '../backup/auto-names'

const backupBytes = z
  .instanceof(Uint8Array, { message: '应为字节数组 / bytes must be a Uint8Array' })
  .refine((b) => b.byteLength > 0, '备份为空 / backup is empty')
  .refine((b) => b.byteLength <= MAX_BACKUP_BYTES, '备份过大 / backup too large')

/** An automatic backup's name: exactly one of ours, no path separators, no dots before the extension. */
export const autoBackupNameSchema = z
  .string()
  .max(120)
  .refine((n) => parseAutoBackupName(n) !== null, '不是自动备份的文件名 / not an automatic backup name')

export const BACKUP_ARGS = {
  /** Saves a backup where the user chooses (save dialog). */
  'backups:save': z.strictObject({
    suggestedName: z.string().trim().min(1, '不能为空 / must not be empty').max(120, '过长 / too long (max 120)'),
    bytes: backupBytes,
  }),
  /** Lets the user choose a backup file (open dialog) and returns its bytes. */
  'backups:open': z.undefined(),
  /** Writes an automatic backup into the user data folder and rotates old ones. */
  'backups:writeAuto': z.strictObject({ bytes: backupBytes, reason: z.enum(AUTO_REASONS) }),
  'backups:listAuto': z.undefined(),
  'backups:readAuto': z.strictObject({ name: autoBackupNameSchema }),
} as const

export interface OpenedBackup {
  name: string
  size: number
  bytes: Uint8Array
}

export interface BackupResults {
  'backups:save': { saved: boolean; name?: string }
  'backups:open': OpenedBackup | null
  'backups:writeAuto': AutoBackupInfo
  'backups:listAuto': AutoBackupInfo[]
  'backups:readAuto': OpenedBackup
}
