// The renderer's side of the sheet worker: one short-lived worker per request, as a promise.
// "parse" reads the file into a table; "build" turns a mapped table into the import bundle.
import type { SheetImport } from '@shared/spreadsheet/bundle'
import type { StoredPolicyKey } from '@shared/spreadsheet/duplicates'
import type { SheetMapping } from '@shared/spreadsheet/headers'
import type { SheetTable } from '@shared/spreadsheet/table'
import type { SheetSource } from '@shared/spreadsheet/to-records'

export type SheetRequest =
  | { id: number; type: 'parse'; format: 'csv' | 'xlsx'; text?: string; bytes?: Uint8Array; sheet?: string | null }
  /** keys: the stored policies' keys when the renderer has them all; else the worker reads the table. */
  | { id: number; type: 'build'; table: SheetTable; mapping: SheetMapping; src: SheetSource; keys: StoredPolicyKey[] | null; now: string }
export type Parsed = { table: SheetTable; sheetNames: string[]; sheetName: string | null; date1904: boolean }
export type SheetReply =
  | ({ id: number; ok: true; type: 'parsed' } & Parsed)
  | { id: number; ok: true; type: 'built'; result: SheetImport }
  | { id: number; ok: false; message: string }

type Body<T extends SheetRequest['type']> = Omit<Extract<SheetRequest, { type: T }>, 'id'>
type Result<T> = { ok: true; value: T } | { ok: false; message: string }

let nextId = 1

function run(req: Body<'parse'> | Body<'build'>): Promise<SheetReply> {
  const worker = new Worker(new URL('./sheet.worker.ts', import.meta.url), { type: 'module', name: 'sheet-import' })
  const id = nextId++
  return new Promise<SheetReply>((resolve) => {
    worker.onmessage = (e: MessageEvent<SheetReply>) => {
      if (e.data.id !== id) return
      worker.terminate()
      resolve(e.data)
    }
    worker.onerror = (e) => {
      worker.terminate()
      resolve({ id, ok: false, message: `无法读取表格 / cannot read the sheet: ${e.message || 'worker error'}` })
    }
    // Bytes are copied, not transferred: the store keeps them to read another sheet.
    worker.postMessage({ ...req, id })
  })
}

export async function parseSheet(req: Omit<Body<'parse'>, 'type'>): Promise<Result<Parsed>> {
  const r = await run({ ...req, type: 'parse' })
  if (!r.ok) return r
  if (r.type !== 'parsed') return { ok: false, message: 'unexpected reply' }
  const { table, sheetNames, sheetName, date1904 } = r
  return { ok: true, value: { table, sheetNames, sheetName, date1904 } }
}

export async function buildSheetImport(req: Omit<Body<'build'>, 'type'>): Promise<Result<SheetImport>> {
  const r = await run({ ...req, type: 'build' })
  if (!r.ok) return r
  return r.type === 'built' ? { ok: true, value: r.result } : { ok: false, message: 'unexpected reply' }
}
