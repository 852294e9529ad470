// Backups on screen: back up to a file, choose a file or an automatic backup, restore it
// (safety backup first, then the worker's verified write), and the list of automatic backups.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { AutoBackupInfo } from '@shared/backup/auto-names'
import type { BackupSummary } from '@shared/backup/format'
import type { BackupPhase } from '../data/backup/export'
import type { RestoreMode, RestoreResult } from '../data/backup/restore'
import { takeAutomaticBackup } from '../data/backup/auto'
import { TRACKED_TABLES, recordChange } from '../data/change-feed'
import { desktop } from '../platform'
import { exportBackup, inspectBackup, restoreInWorker } from '../workers/backup-client'
import { applyAppSettings, type SettingsRestored } from '../data/backup/app-settings'
import { rebuildDesk } from '../workers/desk-client'

export type Phase = BackupPhase | 'safety'
export interface Pending {
  name: string
  bytes: Uint8Array
  summary: BackupSummary
}
export type Outcome =
  | { kind: 'saved'; name: string; size: number; counts: Record<string, number> }
  | { kind: 'restored'; result: RestoreResult & { ms: number }; settings: SettingsRestored }
  | { kind: 'error'; prefix: 'refused' | 'backupFailed' | 'safetyFailed'; message: string }
  | { kind: 'cancelled' }

export const useBackupsStore = defineStore('backups', () => {
  const busy = ref(false)
  const progress = shallowRef<{ phase: Phase; done: number; total: number } | null>(null)
  const pending = shallowRef<Pending | null>(null)
  const outcome = shallowRef<Outcome | null>(null)
  const auto = shallowRef<AutoBackupInfo[]>([])
  const onProgress = (phase: Phase, done: number, total: number) => (progress.value = { phase, done, total })

  async function refreshAuto(): Promise<void> {
    const res = await desktop.backups.listAuto()
    if (res.ok) auto.value = res.data
  }

  async function work<T>(fn: () => Promise<T>): Promise<T | undefined> {
    busy.value = true
    outcome.value = null
    try {
      return await fn()
    } finally {
      busy.value = false
      progress.value = null
    }
  }

  const backupToFile = () =>
    work(async () => {
      try {
        const { bytes, counts } = await exportBackup('manual', onProgress)
        const size = bytes.byteLength
        const day = new Date().toISOString().slice(0, 10)
        const res = await desktop.backups.save({ suggestedName: `policy-desk-backup-${day}`, bytes })
        if (!res.ok) throw new Error(res.error.message)
        outcome.value = res.data.saved ? { kind: 'saved', name: res.data.name ?? '', size, counts } : { kind: 'cancelled' }
      } catch (err) {
        outcome.value = { kind: 'error', prefix: 'backupFailed', message: (err as Error).message }
      }
    })

  /** Reads and checks a backup (nothing is written) and asks for confirmation. */
  async function choose(source: 'file' | AutoBackupInfo): Promise<void> {
    await work(async () => {
      const res = source === 'file' ? await desktop.backups.open() : await desktop.backups.readAuto({ name: source.name })
      if (!res.ok) return void (outcome.value = { kind: 'error', prefix: 'refused', message: res.error.message })
      if (!res.data) return
      onProgress('check', 0, 1)
      try {
        // The worker gets a copy; ours is kept for the restore itself.
        const summary = await inspectBackup(res.data.bytes.slice())
        pending.value = { name: res.data.name, bytes: res.data.bytes, summary }
      } catch (err) {
        outcome.value = { kind: 'error', prefix: 'refused', message: (err as Error).message }
      }
    })
  }

  function cancel(): void {
    pending.value = null
  }

  async function restore(mode: RestoreMode): Promise<void> {
    const chosen = pending.value
    if (!chosen) return
    pending.value = null
    await work(async () => {
      onProgress('safety', 0, 1)
      try {
        await takeAutomaticBackup('before-restore')
      } catch (err) {
        return void (outcome.value = { kind: 'error', prefix: 'safetyFailed', message: (err as Error).message })
      }
      // Written by the worker, whose change feed the desk does not hear: the journal says
      // "everything changed" first, so even a crash before the rebuild below re-reads it all.
      for (const table of TRACKED_TABLES) recordChange(table, 'all')
      try {
        const result = await restoreInWorker(chosen.bytes, mode, onProgress)
        // Trusted keys and feeds live outside the database: added back if missing.
        const settings = await applyAppSettings(chosen.summary.settings)
        outcome.value = { kind: 'restored', result, settings }
      } catch (err) {
        outcome.value = { kind: 'error', prefix: 'refused', message: (err as Error).message }
      } finally {
        rebuildDesk()
        await refreshAuto()
      }
    })
  }

  return { busy, progress, pending, outcome, auto, refreshAuto, backupToFile, choose, cancel, restore }
})
