// Names of automatic backups, shared by main (user data folder) and the browser build (OPFS):
// the name carries the reason and the UTC time, so listing needs no index file, and a name
// from the renderer can be checked against one strict pattern before it touches a path.
import { AUTO_REASONS, BACKUP_EXTENSION, type AutoBackupReason } from './constants'

/** How many automatic backups are kept; older ones are deleted after each new one. */
export const KEEP_AUTO_BACKUPS = 10
/** Take a start-up backup when the newest automatic one is older than this. */
export const AUTO_BACKUP_EVERY_MS = 24 * 3600 * 1000

const NAME_RE = new RegExp(`^policy-desk-(${AUTO_REASONS.join('|')})-(\\d{8})T(\\d{6})-(\\d{3})Z\\.${BACKUP_EXTENSION}$`)

export interface AutoBackupInfo {
  name: string
  size: number
  /** ISO time the backup was taken (from its name). */
  createdAt: string
  reason: AutoBackupReason
}

export function autoBackupName(reason: AutoBackupReason, at: Date): string {
  const iso = at.toISOString() // 2026-11-28T18:45:12.123Z
  const day = iso.slice(0, 10).replace(/-/g, '')
  const time = iso.slice(11, 19).replace(/:/g, '')
  return `policy-desk-${reason}-${day}T${time}-${iso.slice(20, 23)}Z.${BACKUP_EXTENSION}`
}

/** The reason and time a name stands for, or null if it is not one of ours. */
export function parseAutoBackupName(name: string): { reason: AutoBackupReason; createdAt: string } | null {
  const m = NAME_RE.exec(name)
  if (!m) return null
  const [, reason, d, t, ms] = m as unknown as [string, AutoBackupReason, string, string, string]
  const createdAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${ms}Z`
  if (Number.isNaN(Date.parse(createdAt))) return null
  return { reason, createdAt }
}

/** Newest first. */
export function sortNewestFirst<T extends { createdAt: string; name: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => (a.createdAt === b.createdAt ? (a.name < b.name ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1))
}

/** The names rotation deletes: all but the newest `keep` of ours. */
export function namesToRotate(names: string[], keep = KEEP_AUTO_BACKUPS): string[] {
  const ours = names.flatMap((name) => {
    const p = parseAutoBackupName(name)
    return p ? [{ name, createdAt: p.createdAt }] : []
  })
  return sortNewestFirst(ours)
    .slice(keep)
    .map((e) => e.name)
}
