// The backup methods of the desktop API in a plain browser: a download to save, a file input to
// open, and automatic backups in the origin-private file system (OPFS) folder `backups/`, with
// the same names, atomic write (temp file, then move) and rotation as main's userData folder.
import type { API_ARGS, DesktopApi, IpcResult } from '@shared/ipc/contract'
import { KEEP_AUTO_BACKUPS, autoBackupName, namesToRotate, parseAutoBackupName, sortNewestFirst, type AutoBackupInfo } from '@shared/backup/auto-names'
import { BACKUP_EXTENSION, MAX_BACKUP_BYTES } from '@shared/backup/constants'
import { download, pickFile } from './browser-files'

/** browser-api.ts's argument check (the same schemas as main). */
type Check = <T>(channel: keyof typeof API_ARGS, args: unknown, run: () => Promise<IpcResult<T>>) => Promise<IpcResult<T>>

const ok = <T>(data: T): IpcResult<T> => ({ ok: true, data })
const fail = (code: 'failed' | 'too_large' | 'bad_args', message: string) => ({ ok: false as const, error: { code, message } })

async function folder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory()
  return root.getDirectoryHandle('backups', { create: true })
}

async function names(dir: FileSystemDirectoryHandle): Promise<string[]> {
  const out: string[] = []
  for await (const key of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) out.push(key)
  return out
}

async function list(dir: FileSystemDirectoryHandle): Promise<AutoBackupInfo[]> {
  const out: AutoBackupInfo[] = []
  for (const name of await names(dir)) {
    const parsed = parseAutoBackupName(name)
    if (!parsed) continue
    const file = await (await dir.getFileHandle(name)).getFile()
    out.push({ name, size: file.size, ...parsed })
  }
  return sortNewestFirst(out)
}

async function writeAtomically(dir: FileSystemDirectoryHandle, name: string, bytes: Uint8Array): Promise<void> {
  const tmp = await dir.getFileHandle(`.${name}.tmp`, { create: true })
  const w = await tmp.createWritable()
  await w.write(bytes as Uint8Array<ArrayBuffer>)
  await w.close()
  const movable = tmp as FileSystemFileHandle & { move?: (name: string) => Promise<void> }
  if (movable.move) return movable.move(name)
  // No move(): write in place (createWritable only replaces the file when close() succeeds).
  const final = await (await dir.getFileHandle(name, { create: true })).createWritable()
  await final.write(bytes as Uint8Array<ArrayBuffer>)
  await final.close()
  await dir.removeEntry(`.${name}.tmp`)
}

export function createBrowserBackups(check: Check): DesktopApi['backups'] {
  return {
    save: (args) =>
      check('backups:save', args, async () => {
        const name = `${args.suggestedName}.${BACKUP_EXTENSION}`
        download(name, args.bytes as Uint8Array<ArrayBuffer>, 'application/gzip')
        return ok({ saved: true, name })
      }),
    open: async () => {
      const file = await pickFile(`.${BACKUP_EXTENSION},.gz,.json,application/gzip,application/json`)
      if (!file) return ok(null)
      if (file.size > MAX_BACKUP_BYTES) return fail('too_large', `文件过大 / file too large: ${(file.size / 1048576).toFixed(1)} MB`)
      return ok({ name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) })
    },
    writeAuto: (args) =>
      check('backups:writeAuto', args, async () => {
        const dir = await folder()
        const existing = new Set(await names(dir))
        let at = Date.now()
        while (existing.has(autoBackupName(args.reason, new Date(at)))) at++
        const name = autoBackupName(args.reason, new Date(at))
        await writeAtomically(dir, name, args.bytes)
        for (const old of namesToRotate([...existing, name], KEEP_AUTO_BACKUPS)) await dir.removeEntry(old).catch(() => undefined)
        return ok({ name, size: args.bytes.byteLength, ...parseAutoBackupName(name)! })
      }),
    listAuto: async () => ok(await list(await folder())),
    readAuto: (args) =>
      check('backups:readAuto', args, async () => {
        const dir = await folder()
        if (!(await names(dir)).includes(args.name)) return fail('failed', `没有这个自动备份 / no such automatic backup: ${args.name}`)
        const file = await (await dir.getFileHandle(args.name)).getFile()
        return ok({ name: args.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) })
      }),
  }
}
