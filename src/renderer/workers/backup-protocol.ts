// Messages between the renderer and the backup worker (workers/backup.worker.ts).
import type { AppSettings, BackupReason, BackupSummary } from '@shared/backup/format'
import type { BackupPhase } from '../data/backup/export'
import type { RestoreMode, RestoreResult } from '../data/backup/restore'

export type ToBackup =
  | { type: 'export'; id: number; reason: BackupReason; appVersion: string; settings?: AppSettings }
  | { type: 'inspect'; id: number; bytes: Uint8Array }
  | { type: 'restore'; id: number; bytes: Uint8Array; mode: RestoreMode }

export interface Exported {
  bytes: Uint8Array<ArrayBuffer>
  counts: Record<string, number>
  ms: number
}
export type FromBackup =
  | { type: 'progress'; id: number; phase: BackupPhase; done: number; total: number }
  | { type: 'exported'; id: number; result: Exported }
  | { type: 'inspected'; id: number; result: BackupSummary }
  | { type: 'restored'; id: number; result: RestoreResult & { ms: number } }
  | { type: 'failed'; id: number; message: string }
