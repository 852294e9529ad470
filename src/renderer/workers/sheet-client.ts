// The renderer's side of the sheet worker: one short-lived worker per parse, as a promise.
import type { SheetTable } from '@shared/spreadsheet/table'

export interface SheetRequest {
  id: number
  format: 'csv' | 'xlsx'
  text?: string
  bytes?: Uint8Array
  sheet?: string | null
}
export type SheetReply =
  | { id: number; ok: true; table: SheetTable; sheetNames: string[]; sheetName: string | null; date1904: boolean }
  | { id: number; ok: false; message: string }

let nextId = 1

export function parseSheet(req: Omit<SheetRequest, 'id'>): Promise<SheetReply> {
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
    // The bytes are copied, not transferred: the store keeps them to read another sheet.
    worker.postMessage({ ...req, id })
  })
}
