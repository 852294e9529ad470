// Automatic backups: `takeAutomaticBackup` (the import flow calls it with 'before-import'
// before applying an import; a restore with 'before-restore'), and one in the background at
// start-up when the newest is older than a day, once the app is idle after the desk is ready.
import { watch } from 'vue'
import { AUTO_BACKUP_EVERY_MS } from '@shared/backup/auto-names'
import type { AutoBackupReason } from '@shared/backup/format'
import { desktop } from '../../platform'
import { exportBackup } from '../../workers/backup-client'
import { deskStatus } from '../../workers/desk-client'

/** Builds a backup of the whole database in the worker and stores it with the automatic ones. Throws on failure. */
export async function takeAutomaticBackup(reason: AutoBackupReason): Promise<{ name: string; bytes: number }> {
  const t0 = performance.now()
  const { bytes } = await exportBackup(reason)
  const size = bytes.byteLength
  const res = await desktop.backups.writeAuto({ bytes, reason })
  if (!res.ok) throw new Error(res.error.message)
  // `npm run bench` and the report read the cost of an automatic backup from this mark.
  performance.mark('backup:auto', { detail: { reason, bytes: size, ms: performance.now() - t0 } })
  return { name: res.data.name, bytes: size }
}

/** Whether the newest automatic backup is missing or older than AUTO_BACKUP_EVERY_MS. */
export async function autoBackupDue(now = Date.now()): Promise<boolean> {
  const res = await desktop.backups.listAuto()
  if (!res.ok) return false
  const newest = res.data[0]
  return !newest || now - Date.parse(newest.createdAt) > AUTO_BACKUP_EVERY_MS
}

const idle = (fn: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 10_000 }) : setTimeout(fn, 2000)

/** Never delays start-up: waits for the desk to be ready, then for an idle moment. Failures are only logged. */
export function scheduleStartupBackup(onDone: () => void = () => undefined): void {
  const stop = watch(
    () => deskStatus.value.phase,
    (phase) => {
      if (phase !== 'ready') return
      queueMicrotask(() => stop())
      idle(() => {
        autoBackupDue()
          .then((due) => (due ? takeAutomaticBackup('auto').then(onDone) : undefined))
          .catch((err: unknown) => console.warn('automatic backup failed', err))
      })
    },
    { immediate: true },
  )
}
