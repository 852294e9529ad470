// Automatic backups in the user data folder: written atomically (temp file, then rename),
// rotated to the newest KEEP_AUTO_BACKUPS, listed from their names, read only by a name that
// is one of the listed files. Also the size-capped read of a backup file the user chose.
import { mkdir, readFile, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import {
  KEEP_AUTO_BACKUPS,
  autoBackupName,
  namesToRotate,
  parseAutoBackupName,
  sortNewestFirst,
  type AutoBackupInfo,
} from '@shared/backup/auto-names'
import { MAX_BACKUP_BYTES, type AutoBackupReason } from '@shared/backup/format'
import type { OpenedBackup } from '@shared/ipc/backups-contract'
import { UserFacingError } from './ipc/register'

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`

export async function listAutoBackups(dir: string): Promise<AutoBackupInfo[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
  const list: AutoBackupInfo[] = []
  for (const name of names) {
    const parsed = parseAutoBackupName(name)
    if (!parsed) continue
    const info = await stat(join(dir, name)).catch(() => null)
    if (info?.isFile()) list.push({ name, size: info.size, ...parsed })
  }
  return sortNewestFirst(list)
}

export async function writeAutoBackup(
  dir: string,
  bytes: Uint8Array,
  reason: AutoBackupReason,
  now = new Date(),
  keep = KEEP_AUTO_BACKUPS,
): Promise<AutoBackupInfo> {
  await mkdir(dir, { recursive: true })
  const existing = new Set(await readdir(dir))
  let at = now.getTime()
  while (existing.has(autoBackupName(reason, new Date(at)))) at++
  const name = autoBackupName(reason, new Date(at))
  const tmp = join(dir, `.${name}.tmp`)
  // A crash mid-write leaves only a temp file, never a truncated backup under a real name.
  await writeFile(tmp, bytes, { flush: true })
  await rename(tmp, join(dir, name))
  for (const old of namesToRotate([...existing, name], keep)) await unlink(join(dir, old)).catch(() => undefined)
  return { name, size: bytes.byteLength, ...parseAutoBackupName(name)! }
}

/** Reads an automatic backup by name; the name must be one of ours and present in the folder. */
export async function readAutoBackup(dir: string, name: string, maxBytes = MAX_BACKUP_BYTES): Promise<OpenedBackup> {
  if (!parseAutoBackupName(name) || basename(name) !== name) throw new UserFacingError('bad_args', `不是自动备份的文件名 / not an automatic backup name: ${name}`)
  const listed = await listAutoBackups(dir)
  if (!listed.some((b) => b.name === name)) throw new UserFacingError('failed', `没有这个自动备份 / no such automatic backup: ${name}`)
  return readBackupFile(join(dir, name), maxBytes)
}

export async function readBackupFile(path: string, maxBytes = MAX_BACKUP_BYTES): Promise<OpenedBackup> {
  const info = await stat(path)
  if (!info.isFile()) throw new UserFacingError('failed', `不是文件 / not a file: ${basename(path)}`)
  if (info.size > maxBytes) throw new UserFacingError('too_large', `文件过大 / file too large: ${mb(info.size)} > ${mb(maxBytes)}`)
  return { name: basename(path), size: info.size, bytes: new Uint8Array(await readFile(path)) }
}
