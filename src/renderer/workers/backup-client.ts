// The renderer's side of the backup worker: one worker, started on first use, each job a
// promise with progress callbacks. Bytes are transferred, not copied.
import type { BackupReason, BackupSummary } from '@shared/backup/format'
import type { BackupPhase } from '../data/backup/export'
import type { RestoreMode, RestoreResult } from '../data/backup/restore'
import type { Exported, FromBackup, ToBackup } from './backup-protocol'
import { collectAppSettings } from '../data/backup/app-settings'

export type OnProgress = (phase: BackupPhase, done: number, total: number) => void
type Job = { resolve: (m: FromBackup) => void; reject: (e: Error) => void; onProgress: OnProgress }

let worker: Worker | null = null
let nextId = 1
const jobs = new Map<number, Job>()

function start(): Worker {
  if (worker) return worker
  worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'policy-desk-backup' })
  worker.onmessage = (e: MessageEvent<FromBackup>) => {
    const m = e.data
    const job = jobs.get(m.id)
    if (!job) return
    if (m.type === 'progress') return job.onProgress(m.phase, m.done, m.total)
    jobs.delete(m.id)
    if (m.type === 'failed') job.reject(new Error(m.message))
    else job.resolve(m)
  }
  worker.onerror = (e) => {
    for (const job of jobs.values()) job.reject(new Error(e.message || 'backup worker error'))
    jobs.clear()
  }
  return worker
}

function run<T extends FromBackup['type']>(msg: ToBackup, expect: T, onProgress: OnProgress, transfer: Transferable[] = []): Promise<Extract<FromBackup, { type: T }>> {
  const w = start()
  return new Promise((resolve, reject) => {
    jobs.set(msg.id, { resolve: (m) => (m.type === expect ? resolve(m as Extract<FromBackup, { type: T }>) : reject(new Error(`unexpected ${m.type}`))), reject, onProgress })
    w.postMessage(msg, transfer)
  })
}

const none: OnProgress = () => undefined

/** Backs up the database, with the settings kept outside it (trusted keys, feeds) when readable. */
export async function exportBackup(reason: BackupReason, onProgress: OnProgress = none): Promise<Exported> {
  const settings = await collectAppSettings()
  return (await run({ type: 'export', id: nextId++, reason, appVersion: __APP_VERSION__, ...(settings ? { settings } : {}) }, 'exported', onProgress)).result
}

/** Decodes and checks a file without writing anything; throws the bilingual reason it is refused. */
export async function inspectBackup(bytes: Uint8Array): Promise<BackupSummary> {
  return (await run({ type: 'inspect', id: nextId++, bytes }, 'inspected', none)).result
}

export async function restoreInWorker(bytes: Uint8Array, mode: RestoreMode, onProgress: OnProgress = none): Promise<RestoreResult & { ms: number }> {
  return (await run({ type: 'restore', id: nextId++, bytes, mode }, 'restored', onProgress, [bytes.buffer as ArrayBuffer])).result
}
