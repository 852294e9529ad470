// Automatic backups in main, over a real temp folder: atomic writes, rotation to the newest N,
// listing, reads only by a strictly valid listed name; and the backup handlers' argument checks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { listAutoBackups, readAutoBackup, writeAutoBackup } from '../../../src/main/backups'
import { createBackupHandlers } from '../../../src/main/ipc/handlers-backups'
import { invokeHandler, type Handlers } from '../../../src/main/ipc/register'
import { autoBackupName } from '@shared/backup/auto-names'
import { BrowserWindow, app, dialog } from '../../mocks/electron'

let dir = ''
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'pd-backups-'))))
afterEach(async () => rm(dir, { recursive: true, force: true }))
const bytes = (s: string) => new TextEncoder().encode(s)
const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i, 8))

describe('automatic backup folder', () => {
  it('writes under a timestamped name, leaves no temp file, and lists newest first', async () => {
    const a = await writeAutoBackup(join(dir, 'backups'), bytes('one'), 'auto', day(0))
    const b = await writeAutoBackup(join(dir, 'backups'), bytes('two!'), 'before-restore', day(1))
    expect(a).toEqual({ name: autoBackupName('auto', day(0)), size: 3, reason: 'auto', createdAt: day(0).toISOString() })
    expect(await readdir(join(dir, 'backups'))).toHaveLength(2)
    expect((await listAutoBackups(join(dir, 'backups'))).map((x) => x.name)).toEqual([b.name, a.name])
    expect(await listAutoBackups(join(dir, 'missing'))).toEqual([])
  })

  it('two backups in the same millisecond get different names', async () => {
    const a = await writeAutoBackup(dir, bytes('1'), 'auto', day(0))
    const b = await writeAutoBackup(dir, bytes('2'), 'auto', day(0))
    expect(a.name).not.toBe(b.name)
    expect(await listAutoBackups(dir)).toHaveLength(2)
  })

  it('keeps the newest N and never touches files that are not ours', async () => {
    await writeFile(join(dir, 'my-notes.txt'), 'keep me')
    for (let i = 0; i < 6; i++) await writeAutoBackup(dir, bytes(`b${i}`), i % 2 ? 'auto' : 'before-import', day(i), 4)
    const left = await listAutoBackups(dir)
    expect(left.map((b) => b.createdAt)).toEqual([5, 4, 3, 2].map((i) => day(i).toISOString()))
    expect(await readFile(join(dir, 'my-notes.txt'), 'utf8')).toBe('keep me')
  })

  it('reads a backup only by a listed, well-formed name', async () => {
    const a = await writeAutoBackup(dir, bytes('payload'), 'auto', day(0))
    expect(await readAutoBackup(dir, a.name)).toEqual({ name: a.name, size: 7, bytes: bytes('payload') })
    await writeFile(join(dir, 'secret.txt'), 'no')
    await expect(readAutoBackup(dir, '../secret.txt')).rejects.toThrow(/not an automatic backup name/)
    await expect(readAutoBackup(dir, 'secret.txt')).rejects.toThrow(/not an automatic backup name/)
    await expect(readAutoBackup(dir, autoBackupName('auto', day(9)))).rejects.toThrow(/no such automatic backup/)
    await expect(readAutoBackup(dir, a.name, 3)).rejects.toThrow(/too large/)
  })
})

describe('backup handlers', () => {
  const win = new BrowserWindow()
  const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame } as unknown as IpcMainInvokeEvent
  const call = <C extends 'backups:save' | 'backups:open' | 'backups:writeAuto' | 'backups:listAuto' | 'backups:readAuto'>(c: C, args: unknown) => {
    const handlers: Partial<Handlers> = createBackupHandlers()
    return invokeHandler(c, handlers[c] as Handlers[C], () => true, event, args)
  }

  it('write, list and read go to userData/backups', async () => {
    app.paths['userData'] = dir
    const w = await call('backups:writeAuto', { bytes: bytes('gz'), reason: 'before-import' })
    expect(w.ok).toBe(true)
    const list = await call('backups:listAuto', undefined)
    expect(list.ok && list.data.map((b) => b.reason)).toEqual(['before-import'])
    const name = list.ok ? list.data[0]!.name : ''
    expect(await readdir(join(dir, 'backups'))).toEqual([name])
    const r = await call('backups:readAuto', { name })
    expect(r.ok && new TextDecoder().decode(r.data.bytes)).toBe('gz')
  })

  it('refuses bad arguments before touching the disk', async () => {
    app.paths['userData'] = dir
    for (const [c, args] of [
      ['backups:readAuto', { name: '../../etc/passwd' }],
      ['backups:readAuto', { name: 'policy-desk-auto-20260101T000000-000Z.pdbackup/../x' }],
      ['backups:writeAuto', { bytes: bytes('x'), reason: 'manual' }],
      ['backups:writeAuto', { bytes: 'not bytes', reason: 'auto' }],
      ['backups:writeAuto', { bytes: new Uint8Array(0), reason: 'auto' }],
      ['backups:save', { suggestedName: '', bytes: bytes('x') }],
      ['backups:save', { suggestedName: 'x', bytes: bytes('x'), path: '/tmp/x' }],
    ] as const) {
      const res = await call(c, args)
      expect(res, `${c} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { code: 'bad_args' } })
    }
    expect(await readdir(dir)).toEqual([])
  })

  it('save writes the bytes where the user chose; open reads the chosen file', async () => {
    const path = join(dir, '备份.pdbackup')
    dialog.nextSave = { canceled: false, filePath: path }
    const s = await call('backups:save', { suggestedName: 'policy-desk-backup-2026-11-28', bytes: bytes('data') })
    expect(s).toEqual({ ok: true, data: { saved: true, name: path } })
    expect(await readFile(path, 'utf8')).toBe('data')
    dialog.nextOpen = { canceled: false, filePaths: [path] }
    const o = await call('backups:open', undefined)
    expect(o.ok && o.data).toMatchObject({ name: '备份.pdbackup', size: 4 })
    dialog.nextOpen = { canceled: true, filePaths: [] }
    expect(await call('backups:open', undefined)).toEqual({ ok: true, data: null })
  })
})
