// The desktop API in a plain browser: a file input for imports, downloads for saves, and
// window.print for printing and PDF (the print dialog's "Save as PDF").
// Arguments are checked against the same schemas as the main process, in a worker
// (workers/args.worker.ts), so zod does not load on the UI thread for them.
import type { API_ARGS, DesktopApi, IpcResult, MenuCommand } from '@shared/ipc/contract'
import { MAX_DOCUMENT_BYTES, MAX_IMPORT_BYTES } from '@shared/ipc/channels'
import { createBrowserBackups } from './browser-backups'
import { download, pickFile } from './browser-files'
import { browserTrustedKeys, createBrowserKeys } from './browser-keys'
import { createBrowserSubscriptions } from './browser-subscriptions'
import { argsProblem } from '../workers/args-client'

const ok = <T>(data: T): IpcResult<T> => ({ ok: true, data })

async function check<T>(channel: keyof typeof API_ARGS, args: unknown, run: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  const problem = await argsProblem(channel, args)
  if (problem !== null) return { ok: false, error: { code: 'bad_args', message: `${channel}: ${problem}` } }
  return run()
}

const MIME = { json: 'application/json', markdown: 'text/markdown', html: 'text/html', csv: 'text/csv' } as const
const EXT = { json: 'json', markdown: 'md', html: 'html', csv: 'csv' } as const

export function createBrowserApi(): DesktopApi {
  const menuListeners = new Set<(c: MenuCommand) => void>()
  const subscriptions = createBrowserSubscriptions(check)
  return {
    app: {
      info: () => Promise.resolve(ok({ version: __APP_VERSION__, platform: navigator.platform, shell: 'browser' as const })),
      openExternal: (args) =>
        check('app:openExternal', args, async () => ok({ opened: window.open(args.url, '_blank', 'noopener,noreferrer') !== null })),
      setLocale: (args) => check('app:setLocale', args, async () => ok({ locale: args.locale })),
      print: (args) =>
        check('app:print', args, async () => {
          window.print()
          return ok({ printed: true })
        }),
    },
    imports: {
      openFile: async () => {
        const file = await pickFile('.json,.gz,.zip,.csv,.xlsx,application/json,text/csv')
        if (!file) return ok(null)
        if (file.size > MAX_IMPORT_BYTES) {
          return { ok: false, error: { code: 'too_large', message: `文件过大 / file too large: ${(file.size / 1048576).toFixed(1)} MB` } }
        }
        // the file reader (encodings, zip, signatures) loads with the first import
        const { ImportFileError, openImportFile } = await import('@shared/import-file/open')
        try {
          return ok(await openImportFile(file.name, new Uint8Array(await file.arrayBuffer()), MAX_IMPORT_BYTES, await browserTrustedKeys()))
        } catch (err) {
          if (err instanceof ImportFileError) return { ok: false, error: { code: err.code, message: err.message } }
          throw err
        }
      },
    },
    files: {
      saveText: (args) =>
        check('files:saveText', args, async () => {
          const name = `${args.suggestedName}.${EXT[args.filter]}`
          download(name, args.content, MIME[args.filter])
          return ok({ saved: true, name })
        }),
      saveBytes: (args) =>
        check('files:saveBytes', args, async () => {
          const name = `${args.suggestedName}.docx`
          download(name, args.bytes as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          return ok({ saved: true, name })
        }),
      openDocument: async () => {
        const file = await pickFile('.docx,.md,.markdown,.txt')
        if (!file) return ok(null)
        if (file.size > MAX_DOCUMENT_BYTES) {
          return { ok: false, error: { code: 'too_large', message: `文件过大（${(file.size / 1048576).toFixed(1)} MB），上限 ${MAX_DOCUMENT_BYTES / 1048576} MB / file too large` } }
        }
        return ok({ name: file.name, format: /\.docx$/i.test(file.name) ? 'docx' : 'markdown', bytes: new Uint8Array(await file.arrayBuffer()) })
      },
    },
    briefings: {
      print: (args) =>
        check('briefings:print', args, async () => {
          window.print()
          return ok({ printed: true })
        }),
      exportPdf: (args) =>
        check('briefings:exportPdf', args, async () => {
          // The browser's print dialog offers "Save as PDF"; the print stylesheet shapes the pages.
          window.print()
          return ok({ saved: true, name: `${args.title}.pdf` })
        }),
    },
    backups: createBrowserBackups(check),
    keys: createBrowserKeys(),
    subscriptions: subscriptions.api,
    onSubscriptionOffers: subscriptions.onOffers,
    onMenuCommand: (cb) => {
      menuListeners.add(cb)
      return () => menuListeners.delete(cb)
    },
  }
}
