// The backup worker: reading every table, hashing, gzip and JSON, and the restore's writes and
// checks, off the UI thread (Dexie works in workers). Logic lives in data/backup/*.
import { decodeBackup } from '@shared/backup/codec'
import { summarize } from '@shared/backup/format'
import { checkTables } from '@shared/backup/manifest'
import { PolicyDeskDb } from '../data/db'
import { buildBackup, type BackupPhase } from '../data/backup/export'
import { restoreBackup } from '../data/backup/restore'
import { describeFailures } from '../data/backup/verify'
import type { FromBackup, ToBackup } from './backup-protocol'

const scope = self as unknown as { postMessage(m: FromBackup, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<ToBackup>) => void) | null }
const db = new PolicyDeskDb()

async function decode(bytes: Uint8Array) {
  if (!db.isOpen()) await db.open()
  const res = await decodeBackup(bytes, db.verno)
  if (!res.ok) throw new Error(res.error)
  return res
}

async function handle(m: ToBackup): Promise<void> {
  const progress = (phase: BackupPhase, done: number, total: number) =>
    scope.postMessage({ type: 'progress', id: m.id, phase, done, total })
  const t0 = performance.now()
  if (m.type === 'export') {
    const { bytes, envelope } = await buildBackup(db, m.reason, m.appVersion, progress, m.settings)
    const counts = Object.fromEntries(Object.entries(envelope.tables).map(([k, rows]) => [k, rows.length]))
    scope.postMessage({ type: 'exported', id: m.id, result: { bytes, counts, ms: performance.now() - t0 } }, [bytes.buffer as ArrayBuffer])
  } else if (m.type === 'inspect') {
    const { backup, formatVersion } = await decode(m.bytes)
    progress('check', 0, 1)
    const checks = await checkTables(backup.tables, backup.manifest)
    if (checks.some((c) => !c.ok)) throw new Error(`备份文件未通过校验 / the backup failed its checks: ${describeFailures(checks)}`)
    scope.postMessage({ type: 'inspected', id: m.id, result: summarize(backup, formatVersion) })
  } else {
    progress('decode', 0, 1)
    const { backup } = await decode(m.bytes)
    const result = await restoreBackup(db, backup, m.mode, progress)
    scope.postMessage({ type: 'restored', id: m.id, result: { ...result, ms: performance.now() - t0 } })
  }
}

scope.onmessage = (e) => {
  handle(e.data).catch((err: unknown) =>
    scope.postMessage({ type: 'failed', id: e.data.id, message: err instanceof Error ? err.message : String(err) }),
  )
}
