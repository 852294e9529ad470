// The main-process side of every desktop-API method. Main owns dialogs and paths: the
// renderer sends titles and content, and the user picks where things go.
import { BrowserWindow, app, dialog, type IpcMainInvokeEvent } from 'electron'
import type { Locale } from '@shared/ipc/contract'
import { readDocumentFile, readImportFile, safeFileName, writeBinaryFile, writeTextFile } from '../files'
import { pdfFromContents, printContents } from '../print'
import { openExternalSafely } from '../security'
import type { Handlers } from './register'
import { createBackupHandlers } from './handlers-backups'
import { createKeyHandlers, trustedKeys } from './handlers-keys'
import { createSubscriptionHandlers } from './handlers-subscriptions'

const FILTERS: Record<'json' | 'markdown' | 'html' | 'csv', { name: string; extensions: [string] }> = {
  json: { name: 'JSON', extensions: ['json'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML', extensions: ['html'] },
  csv: { name: 'CSV', extensions: ['csv'] },
}

export interface HandlerDeps {
  setLocale: (locale: Locale) => void
}

function windowOf(event: IpcMainInvokeEvent): BrowserWindow {
  const win = BrowserWindow.fromWebContents(event.sender)
  if (!win) throw new Error('no window for this sender')
  return win
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createBackupHandlers(),
    ...createSubscriptionHandlers(),
    'app:info': async () => ({ version: app.getVersion(), platform: process.platform, shell: 'electron' }),
    'app:openExternal': async (args) => ({ opened: await openExternalSafely(args!.url) }),
    'app:setLocale': async (args) => {
      deps.setLocale(args!.locale)
      return { locale: args!.locale }
    },
    'app:print': async (args, { event }) => ({ printed: await printContents(event.sender, args!.landscape ?? false) }),
    'imports:openFile': async (_args, { event }) => {
      const res = await dialog.showOpenDialog(windowOf(event), {
        properties: ['openFile'],
        filters: [
          { name: 'Policy Desk bundle, CSV, Excel', extensions: ['json', 'gz', 'zip', 'csv', 'xlsx'] },
        ],
      })
      const path = res.filePaths[0]
      if (res.canceled || !path) return null
      return readImportFile(path, undefined, await trustedKeys())
    },
    'files:saveText': async (args, { event }) => {
      const { suggestedName, content, filter } = args!
      const f = FILTERS[filter]
      const res = await dialog.showSaveDialog(windowOf(event), {
        defaultPath: safeFileName(suggestedName, f.extensions[0]),
        filters: [f],
      })
      if (res.canceled || !res.filePath) return { saved: false }
      await writeTextFile(res.filePath, content)
      return { saved: true, name: res.filePath }
    },
    'files:saveBytes': async (args, { event }) => {
      const { suggestedName, bytes } = args!
      const res = await dialog.showSaveDialog(windowOf(event), {
        defaultPath: safeFileName(suggestedName, 'docx'),
        filters: [{ name: 'Word (DOCX)', extensions: ['docx'] }],
      })
      if (res.canceled || !res.filePath) return { saved: false }
      await writeBinaryFile(res.filePath, bytes)
      return { saved: true, name: res.filePath }
    },
    'files:openDocument': async (_args, { event }) => {
      const res = await dialog.showOpenDialog(windowOf(event), {
        properties: ['openFile'],
        filters: [{ name: 'Word (DOCX), Markdown', extensions: ['docx', 'md', 'markdown', 'txt'] }],
      })
      const path = res.filePaths[0]
      if (res.canceled || !path) return null
      return readDocumentFile(path)
    },
    'briefings:print': async (_args, { event }) => ({ printed: await printContents(event.sender) }),
    'briefings:exportPdf': async (args, { event }) => {
      const res = await dialog.showSaveDialog(windowOf(event), {
        defaultPath: safeFileName(args!.title, 'pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      })
      if (res.canceled || !res.filePath) return { saved: false }
      await writeBinaryFile(res.filePath, await pdfFromContents(event.sender))
      return { saved: true, name: res.filePath }
    },
    ...createKeyHandlers(),
  }
}
