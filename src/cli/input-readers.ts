// What `bundle build` turns into a bundle's records, keyed by the input file's extension.
// EXTENSION POINT: CSV and XLSX readers come from the spreadsheet module (src/shared/spreadsheet/,
// column mapping) and are wired in here by adding entries to INPUT_READERS.
import { decodeText } from '../shared/import-file/encoding'
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

export const INPUT_READERS: Record<string, InputReader> = {
  json: readJsonInput,
  // csv: (bytes, name) => …   ← wire src/shared/spreadsheet/ here (lead)
  // xlsx: (bytes, name) => …  ← wire src/shared/spreadsheet/ here (lead)
}

export function inputReaderFor(path: string): InputReader {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  const reader = INPUT_READERS[ext]
  if (!reader) {
    throw new CliError(`${path}: 不支持的输入格式 .${ext}（支持 ${Object.keys(INPUT_READERS).map((e) => '.' + e).join('、')}）/ unsupported input .${ext}`)
  }
  return reader
}
