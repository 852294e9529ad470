// What `bundle build` turns into a bundle's records, keyed by the input file's extension:
// JSON record arrays, or a CSV/XLSX sheet of policies read by the app's own spreadsheet code
// (headers recognised as in the app's column-mapping step).
import { decodeText } from '../shared/import-file/encoding'
import { sheetToBundle } from '../shared/spreadsheet/bundle'
import { parseCsv } from '../shared/spreadsheet/csv'
import { guessMapping } from '../shared/spreadsheet/headers'
import type { SheetTable } from '../shared/spreadsheet/table'
import type { SheetSource } from '../shared/spreadsheet/to-records'
import { readXlsx } from '../shared/spreadsheet/xlsx'
import { CliError } from './files'

/** Records (by kind), plus optional sources and tombstones, before the envelope is added. */
export interface BuildInput {
  records: Record<string, unknown[]>
  sources?: unknown[]
  tombstones?: unknown[]
}

export type InputReader = (bytes: Uint8Array, name: string) => Promise<BuildInput>

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * JSON input: `{ "policies": [...], "vendors": [...], …, "sources"?: [...], "tombstones"?: [...] }`,
 * or the same with the kinds under `"records"`. The bundle schema checks the records later.
 */
async function readJsonInput(bytes: Uint8Array, name: string): Promise<BuildInput> {
  let raw: unknown
  try {
    raw = JSON.parse(decodeText(bytes).text.replace(/^\ufeff/, ''))
  } catch (err) {
    throw new CliError(`${name}: 不是有效的 JSON / not valid JSON: ${(err as Error).message}`)
  }
  if (!isObject(raw)) throw new CliError(`${name}: 须为 JSON 对象 / must be a JSON object of record arrays`)
  const { sources, tombstones, records, ...kinds } = raw
  const recs = isObject(records) ? records : kinds
  const out: BuildInput = { records: recs as Record<string, unknown[]> }
  if (sources !== undefined) out.sources = sources as unknown[]
  if (tombstones !== undefined) out.tombstones = tombstones as unknown[]
  return out
}

/** A sheet of policies: every row must be valid (a maintainer fixes the sheet rather than ship half of it). */
async function readSheet(table: SheetTable, src: SheetSource): Promise<BuildInput> {
  const mapping = guessMapping(table.headers)
  if (!mapping.includes('title')) throw new CliError(`${src.fileName}: 没有识别出“标题”列 / no title column recognised (headers: ${table.headers.join(', ')})`)
  const res = await sheetToBundle(table, mapping, src, { keys: [], get: async (ids) => ids.map(() => undefined) })
  const errors = res.issues.filter((i) => i.severity === 'error')
  for (const w of res.issues.filter((i) => i.severity !== 'error')) process.stderr.write(`${src.fileName}: 第 ${w.row} 行 / row ${w.row}: ${w.message}\n`)
  if (errors.length) {
    const lines = errors.slice(0, 30).map((e) => `  第 ${e.row} 行 / row ${e.row}${e.column ? `, ${e.column}` : ''} (${e.field}): ${e.message}`)
    throw new CliError(`${src.fileName}: ${errors.length} 行有错误 / rows with errors:\n${lines.join('\n')}`)
  }
  return { records: { policies: res.bundle.records.policies }, sources: res.bundle.sources }
}

export const INPUT_READERS: Record<string, InputReader> = {
  json: readJsonInput,
  csv: (bytes, name) => readSheet(parseCsv(decodeText(bytes).text), { fileName: name }),
  xlsx: (bytes, name) => {
    const sheet = readXlsx(bytes)
    return readSheet(sheet, { fileName: name, sheetName: sheet.sheetName, serialDates: true, date1904: sheet.date1904 })
  },
}

export function inputReaderFor(path: string): InputReader {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  const reader = INPUT_READERS[ext]
  if (!reader) {
    throw new CliError(`${path}: 不支持的输入格式 .${ext}（支持 ${Object.keys(INPUT_READERS).map((e) => '.' + e).join('、')}）/ unsupported input .${ext}`)
  }
  return reader
}
