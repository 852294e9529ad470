// Light policy rows packed for the trip from the desk worker to the UI thread (and for the desk
// cache): the strings every row has its own of (id, title, gist, document number) in one text
// with end offsets, and every other field as a code into a list of the distinct values. Unpacking
// makes one object per row; its strings are slices of the one text and its arrays and periods are
// shared between rows. Parsing JSON made about fifteen objects per row, and at 100,000 rows the
// garbage collector's copying of them blocked the UI thread for 100-200 ms at a time.
import type { PolicyLite } from './lite'

/** Fields with a value of their own per row, stored as text. */
const TEXT_FIELDS = ['id', 'title', 'gist', 'docNumber'] as const
/** Fields with few distinct values, stored as codes into `values`. */
const CODED_FIELDS = [
  'aliases',
  'level',
  'regionCode',
  'regionName',
  'issuers',
  'docType',
  'issued',
  'published',
  'effective',
  'expires',
  'validity',
  'commentPeriod',
  'status',
  'topics',
  'relations',
] as const satisfies readonly (keyof PolicyLite)[]

const T = TEXT_FIELDS.length
const C = CODED_FIELDS.length

/** Structured-cloneable: it goes through postMessage and into IndexedDB as it is. */
export interface PackedRows {
  n: number
  /** The text fields of every row, one after another. */
  text: string
  /** Where each text field ends in `text`: T per row. */
  ends: Uint32Array
  /** 1 where a row's document number is null (and not an empty string). */
  noDocNumber: Uint8Array
  /** The distinct values of the coded fields, as JSON. */
  values: string
  /** C codes per row, indexes into `values`. */
  codes: Uint32Array
}

export function packRows(rows: readonly PolicyLite[]): PackedRows {
  const ends = new Uint32Array(rows.length * T)
  const codes = new Uint32Array(rows.length * C)
  const noDocNumber = new Uint8Array(rows.length)
  const parts: string[] = []
  const values: string[] = []
  const codeOf = new Map<string, number>()
  let length = 0
  rows.forEach((row, i) => {
    for (let j = 0; j < T; j++) {
      const s = row[TEXT_FIELDS[j]!] ?? ''
      parts.push(s)
      length += s.length
      ends[i * T + j] = length
    }
    if (row.docNumber === null) noDocNumber[i] = 1
    for (let j = 0; j < C; j++) {
      // a field missing from an old row counts as null, as the light form's readers treat it
      const json = JSON.stringify(row[CODED_FIELDS[j]!] ?? null)
      let code = codeOf.get(json)
      if (code === undefined) {
        code = values.length
        values.push(json)
        codeOf.set(json, code)
      }
      codes[i * C + j] = code
    }
  })
  return { n: rows.length, text: parts.join(''), ends, noDocNumber, values: `[${values.join(',')}]`, codes }
}

function deepFreeze<V>(value: V): V {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}

/**
 * The rows of a pack, appended to `out`. Values shared between rows (arrays, periods) are
 * frozen: a reader that changed one would change it for every row that has it.
 */
export function unpackRows(p: PackedRows, out: PolicyLite[] = []): PolicyLite[] {
  const values = deepFreeze(JSON.parse(p.values) as unknown[]) as never[]
  const { text, ends, codes, noDocNumber } = p
  let start = 0
  for (let i = 0; i < p.n; i++) {
    const e = i * T
    const c = i * C
    const id = text.slice(start, ends[e])
    const title = text.slice(ends[e]!, ends[e + 1])
    const gist = text.slice(ends[e + 1]!, ends[e + 2])
    const docNumber = noDocNumber[i] ? null : text.slice(ends[e + 2]!, ends[e + 3])
    start = ends[e + 3]!
    // one literal, in toLite's key order, so every row has the same shape
    out.push({
      id,
      title,
      aliases: values[codes[c]!]!,
      level: values[codes[c + 1]!]!,
      regionCode: values[codes[c + 2]!]!,
      regionName: values[codes[c + 3]!]!,
      issuers: values[codes[c + 4]!]!,
      docNumber,
      docType: values[codes[c + 5]!]!,
      issued: values[codes[c + 6]!]!,
      published: values[codes[c + 7]!]!,
      effective: values[codes[c + 8]!]!,
      expires: values[codes[c + 9]!]!,
      validity: values[codes[c + 10]!]!,
      commentPeriod: values[codes[c + 11]!]!,
      status: values[codes[c + 12]!]!,
      topics: values[codes[c + 13]!]!,
      relations: values[codes[c + 14]!]!,
      gist,
    })
  }
  return out
}
