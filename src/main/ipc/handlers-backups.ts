// The backup methods of the desktop API in main: save and open dialogs for backup files, and the
// automatic backups folder (userData/backups). The renderer sends bytes and names, never paths.
import { join } from 'node:path'
import { BrowserWindow, app, dialog, type IpcMainInvokeEvent } from 'electron'
import { BACKUP_EXTENSION } from '@shared/backup/format'
import { safeFileName, writeBinaryFile } from '../files'
import { listAutoBackups, readAutoBackup, readBackupFile, writeAutoBackup } from '../backups'
import type { Handlers } from './register'

type BackupChannel = 'backups:save' | 'backups:open' | 'backups:writeAuto' | 'backups:listAuto' | 'backups:readAuto'
const FILTERS = [
  { name: 'Policy Desk backup', extensions: [BACKUP_EXTENSION, 'gz'] },
  { name: 'JSON', extensions: ['json'] },
]

export function autoBackupDir(): string {
  return join(app.getPath('userData'), 'backups')
}

function windowOf(event: IpcMainInvokeEvent): BrowserWindow {
  const win = BrowserWindow.fromWebContents(event.sender)
  if (!win) throw new Error('no window for this sender')
  return win
}

export function createBackupHandlers(dir: () => string = autoBackupDir): Pick<Handlers, BackupChannel> {
  return {
    'backups:save': async (args, { event }) => {
      const res = await dialog.showSaveDialog(windowOf(event), {
        defaultPath: safeFileName(args!.suggestedName, BACKUP_EXTENSION),
        filters: [FILTERS[0]!],
      })
      if (res.canceled || !res.filePath) return { saved: false }
      await writeBinaryFile(res.filePath, args!.bytes)
      return { saved: true, name: res.filePath }
    },
    'backups:open': async (_args, { event }) => {
      const res = await dialog.showOpenDialog(windowOf(event), { properties: ['openFile'], filters: FILTERS })
      const path = res.filePaths[0]
      if (res.canceled || !path) return null
      return readBackupFile(path)
    },
    'backups:writeAuto': async (args) => writeAutoBackup(dir(), args!.bytes, args!.reason),
    'backups:listAuto': async () => listAutoBackups(dir()),
    'backups:readAuto': async (args) => readAutoBackup(dir(), args!.name),
  }
}
