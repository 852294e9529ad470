// Rows from a backup of an older schema version are not simply put into today's tables: the
// shape of old rows (a v1 note's `policyId`, a v3 note without tags) is only fixed by the
// schema upgrades. So they are written to a temporary database opened at the backup's version,
// which is then reopened at the current version (Dexie runs every upgrade in between) and read.
import Dexie from 'dexie'
import type { Rows } from '@shared/backup/format'
import { PolicyDeskDb } from '../db'
import { BackupRefused } from './verify'
import { primaryKeyOf, readAllTables } from './export'
import { decodeBlobRows } from './blob-rows'

export async function upgradeRows(tables: Record<string, Rows>, fromVersion: number): Promise<Record<string, Rows>> {
  const name = `policy-desk-restore-staging-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
  try {
    const old = new PolicyDeskDb(name, fromVersion)
    await old.open()
    const known = new Set(old.tables.map((t) => t.name))
    const unknown = Object.keys(tables).filter((t) => !known.has(t))
    if (unknown.length) {
      old.close()
      throw new BackupRefused(`${unknown.join(', ')}: 数据库版本 ${fromVersion} 中没有这些表 / no such table in schema ${fromVersion}`)
    }
    await old.transaction('rw', old.tables, async () => {
      for (const [t, rows] of Object.entries(tables)) await old.table(t).bulkPut(decodeBlobRows(t, rows, primaryKeyOf(old.table(t))))
    })
    old.close()
    const current = new PolicyDeskDb(name)
    await current.open()
    const upgraded = await readAllTables(current)
    current.close()
    return upgraded
  } finally {
    await Dexie.delete(name)
  }
}
