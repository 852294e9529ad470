// Spreadsheet imports off the UI thread: parsing a CSV or XLSX (unzip, XML, 100,000 rows) and
// turning the mapped rows into a bundle (validation, duplicates, digest) would otherwise
// freeze the screen. Replies with the result or a message saying why not.
import type { Policy } from '@shared/model/records'
import { sheetToBundle } from '@shared/spreadsheet/bundle'
import { parseCsv } from '@shared/spreadsheet/csv'
import { readXlsx, SpreadsheetError } from '@shared/spreadsheet/xlsx'
import { PolicyDeskDb } from '../data/db'
import type { SheetReply, SheetRequest } from './sheet-client'

const scope = self as unknown as { postMessage(m: SheetReply): void; onmessage: ((e: MessageEvent<SheetRequest>) => void) | null }

async function handle(m: SheetRequest): Promise<SheetReply> {
  if (m.type === 'parse') {
    if (m.format === 'csv') return { id: m.id, ok: true, type: 'parsed', table: parseCsv(m.text ?? ''), sheetNames: [], sheetName: null, date1904: false }
    const { sheetNames, sheetName, date1904, ...table } = readXlsx(m.bytes ?? new Uint8Array(), { sheet: m.sheet ?? undefined })
    return { id: m.id, ok: true, type: 'parsed', table, sheetNames, sheetName, date1904 }
  }
  const db = new PolicyDeskDb()
  try {
    const keys = m.keys ?? (await db.policies.toArray())
    const stored = { keys, get: (ids: string[]) => db.policies.bulkGet(ids) as Promise<(Policy | undefined)[]> }
    return { id: m.id, ok: true, type: 'built', result: await sheetToBundle(m.table, m.mapping, m.src, stored, new Date(m.now)) }
  } finally {
    db.close()
  }
}

scope.onmessage = (e) => {
  handle(e.data).then(scope.postMessage.bind(scope), (err: unknown) => {
    const message = err instanceof SpreadsheetError ? err.message : `无法读取表格 / cannot read the sheet: ${err instanceof Error ? err.message : String(err)}`
    scope.postMessage({ id: e.data.id, ok: false, message })
  })
}
