// Light policy rows packed for the trip from the desk worker to the UI thread (and for the desk
// cache): the strings every row has its own of (id, title, gist, document number) in one text
// with end offsets, and every other field as a code into a list of the distinct values.
// Unpacking makes one small view object per row (PackedRow): its strings are sliced from the one
// text when read, and its arrays and periods are shared between rows.
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

/** A pack as its rows read it: the coded values parsed once and shared. */
interface OpenPack {
  readonly text: string
  readonly ends: Uint32Array
  readonly noDocNumber: Uint8Array
  readonly codes: Uint32Array
  readonly values: readonly never[]
}

/**
 * One light row read straight from its pack: an object of two fields, whatever the row holds.
 * At 100,000 rows, plain objects (one of 19 fields per row, plus its strings) were 20-30 MB of
 * new objects that all survive, and the garbage collector's copying of them paused the UI
 * thread for 80-120 ms. The getters slice a row's text when it is read; `toJSON` gives the
 * plain row. Spreading a row (`{ ...row }`) copies only the two fields: use `plainRow`.
 */
class PackedRow implements PolicyLite {
  constructor(
    private readonly pack: OpenPack,
    private readonly i: number,
  ) {}
  private text(j: number): string {
    const e = this.i * T + j
    return this.pack.text.slice(e ? this.pack.ends[e - 1] : 0, this.pack.ends[e])
  }
  private coded(j: number): never {
    return this.pack.values[this.pack.codes[this.i * C + j]!]!
  }
  get id(): string {
    return this.text(0)
  }
  get title(): string {
    return this.text(1)
  }
  get gist(): string {
    return this.text(2)
  }
  get docNumber(): string | null {
    return this.pack.noDocNumber[this.i] ? null : this.text(3)
  }
  get aliases(): PolicyLite['aliases'] {
    return this.coded(0)
  }
  get level(): PolicyLite['level'] {
    return this.coded(1)
  }
  get regionCode(): PolicyLite['regionCode'] {
    return this.coded(2)
  }
  get regionName(): PolicyLite['regionName'] {
    return this.coded(3)
  }
  get issuers(): PolicyLite['issuers'] {
    return this.coded(4)
  }
  get docType(): PolicyLite['docType'] {
    return this.coded(5)
  }
  get issued(): PolicyLite['issued'] {
    return this.coded(6)
  }
  get published(): PolicyLite['published'] {
    return this.coded(7)
  }
  get effective(): PolicyLite['effective'] {
    return this.coded(8)
  }
  get expires(): PolicyLite['expires'] {
    return this.coded(9)
  }
  get validity(): PolicyLite['validity'] {
    return this.coded(10)
  }
  get commentPeriod(): PolicyLite['commentPeriod'] {
    return this.coded(11)
  }
  get status(): PolicyLite['status'] {
    return this.coded(12)
  }
  get topics(): PolicyLite['topics'] {
    return this.coded(13)
  }
  get relations(): PolicyLite['relations'] {
    return this.coded(14)
  }
  toJSON(): PolicyLite {
    return plainRow(this)
  }
}

/** A row as a plain object, in toLite's key order (for spreading, cloning or comparing). */
export function plainRow(r: PolicyLite): PolicyLite {
  return {
    id: r.id,
    title: r.title,
    aliases: r.aliases,
    level: r.level,
    regionCode: r.regionCode,
    regionName: r.regionName,
    issuers: r.issuers,
    docNumber: r.docNumber,
    docType: r.docType,
    issued: r.issued,
    published: r.published,
    effective: r.effective,
    expires: r.expires,
    validity: r.validity,
    commentPeriod: r.commentPeriod,
    status: r.status,
    topics: r.topics,
    relations: r.relations,
    gist: r.gist,
  }
}

/**
 * The rows of a pack, appended to `out`, each a view on the pack (see PackedRow). Values shared
 * between rows (arrays, periods) are frozen: a reader that changed one would change it for
 * every row that has it.
 */
export function unpackRows(p: PackedRows, out: PolicyLite[] = []): PolicyLite[] {
  const pack: OpenPack = { text: p.text, ends: p.ends, noDocNumber: p.noDocNumber, codes: p.codes, values: deepFreeze(JSON.parse(p.values) as never[]) }
  for (let i = 0; i < p.n; i++) out.push(new PackedRow(pack, i))
  return out
}
