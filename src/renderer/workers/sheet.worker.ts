// Parses a CSV or XLSX import off the UI thread: a large sheet (unzip, XML, 100,000 rows)
// would otherwise freeze the screen. Replies with the table or a message saying why not.
import { parseCsv } from '@shared/spreadsheet/csv'
import { readXlsx, SpreadsheetError } from '@shared/spreadsheet/xlsx'
import type { SheetReply, SheetRequest } from './sheet-client'

const scope = self as unknown as { postMessage(m: SheetReply): void; onmessage: ((e: MessageEvent<SheetRequest>) => void) | null }

scope.onmessage = (e) => {
  const m = e.data
  try {
    if (m.format === 'csv') {
      scope.postMessage({ id: m.id, ok: true, table: parseCsv(m.text ?? ''), sheetNames: [], sheetName: null, date1904: false })
    } else {
      const s = readXlsx(m.bytes ?? new Uint8Array(), { sheet: m.sheet ?? undefined })
      const { sheetNames, sheetName, date1904, ...table } = s
      scope.postMessage({ id: m.id, ok: true, table, sheetNames, sheetName, date1904 })
    }
  } catch (err) {
    const message = err instanceof SpreadsheetError ? err.message : `无法读取表格 / cannot read the sheet: ${err instanceof Error ? err.message : String(err)}`
    scope.postMessage({ id: m.id, ok: false, message })
  }
}
