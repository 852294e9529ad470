// An .xlsx workbook read without a spreadsheet library: fflate opens the zip (only the parts we
// need, with a cap on their declared size), fast-xml-parser reads the OOXML. Cached values are
// used and formulas are never evaluated; date-formatted numbers become YYYY-MM-DD.
import { unzipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import { excelSerialToDate } from './dates'
import { tableFromGrid, type SheetTable } from './table'
import { isDateFormat, BUILTIN_DATE_FORMATS } from './xlsx-styles'

export class SpreadsheetError extends Error {}

export interface XlsxSheet extends SheetTable {
  sheetNames: string[]
  sheetName: string
  date1904: boolean
}

export interface XlsxOptions {
  /** The worksheet to read, by name; the first one when absent. */
  sheet?: string
  /** Cap on the uncompressed size of the parts read (declared sizes), default 200 MB. */
  maxUncompressed?: number
}

type Node = Record<string, unknown>
const ARRAYS = new Set(['sheet', 'Relationship', 'si', 'r', 'row', 'c', 'xf', 'numFmt'])
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ARRAYS.has(name),
})
const INVALID = '不是有效的 XLSX 工作簿 / not a valid XLSX workbook'

function unzip(bytes: Uint8Array, want: (name: string) => boolean, cap: number): Record<string, Uint8Array> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new SpreadsheetError(`${INVALID} (旧版 .xls 或加密的工作簿，请在 Excel/WPS 中另存为 .xlsx / an old .xls or an encrypted workbook: save it as .xlsx)`)
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new SpreadsheetError(`${INVALID} (不是 zip 文件 / not a zip file)`)
  let total = 0
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        if (!want(f.name)) return false
        total += f.originalSize
        if (total > cap) throw new SpreadsheetError(`工作簿解压后过大 / workbook too large uncompressed (> ${Math.round(cap / 1048576)} MB)`)
        return true
      },
    })
  } catch (err) {
    if (err instanceof SpreadsheetError) throw err
    throw new SpreadsheetError(`${INVALID}: ${(err as Error).message}`)
  }
}

function xml(files: Record<string, Uint8Array>, path: string): Node | null {
  const data = files[path]
  if (!data) return null
  const text = new TextDecoder('utf-8').decode(data)
  // Entity declarations are how XML bombs work; OOXML never needs them.
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new SpreadsheetError(`${INVALID}: ${path} 含 DOCTYPE / contains a DOCTYPE`)
  try {
    return parser.parse(text) as Node
  } catch (err) {
    throw new SpreadsheetError(`${INVALID}: ${path}: ${(err as Error).message}`)
  }
}

const obj = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {})
const list = (v: unknown): Node[] => (Array.isArray(v) ? v.map(obj) : v === undefined ? [] : [obj(v)])
const attr = (n: Node, name: string): string => {
  const v = n[`@_${name}`]
  return typeof v === 'string' ? v : ''
}

/** The text of a <t>, <v> or rich-text <si>/<is> node (phonetic runs left out). */
function text(v: unknown): string {
  if (v === undefined || v === null) return ''
  if (typeof v === 'string' || typeof v === 'number') return String(v)
  if (Array.isArray(v)) return v.map(text).join('')
  const n = v as Node
  if ('#text' in n) return text(n['#text'])
  if ('t' in n) return text(n['t'])
  if ('r' in n) return list(n['r']).map((run) => text(run['t'])).join('')
  return ''
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = (base + target).split('/')
  const out: string[] = []
  for (const p of parts) {
    if (p === '..') out.pop()
    else if (p !== '.' && p !== '') out.push(p)
  }
  return out.join('/')
}

function relsOf(files: Record<string, Uint8Array>, path: string): Map<string, Node> {
  const rels = list(obj(xml(files, path)?.['Relationships'])['Relationship'])
  return new Map(rels.map((r) => [attr(r, 'Id'), r]))
}

/** Column letters of a cell reference (C5 → 2), or null. */
export function columnIndex(ref: string): number | null {
  const m = /^([A-Z]{1,3})\d*$/.exec(ref.toUpperCase())
  if (!m) return null
  let n = 0
  for (const ch of m[1]!) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n - 1 < 16_384 ? n - 1 : null
}

export function readXlsx(bytes: Uint8Array, opts: XlsxOptions = {}): XlsxSheet {
  const cap = opts.maxUncompressed ?? 200 * 1048576
  const meta = unzip(bytes, (n) => !/^xl\/worksheets\//.test(n) && /\.(xml|rels)$/.test(n) && !/^xl\/(media|drawings|charts|pivot)/.test(n), cap)
  const rootRel = [...relsOf(meta, '_rels/.rels').values()].find((r) => attr(r, 'Type').endsWith('/officeDocument'))
  const wbPath = rootRel ? resolve('', attr(rootRel, 'Target')) : 'xl/workbook.xml'
  const wb = obj(xml(meta, wbPath)?.['workbook'])
  const sheets = list(obj(wb['sheets'])['sheet'])
  if (!sheets.length) throw new SpreadsheetError(`${INVALID} (没有工作表 / no worksheets)`)
  const date1904 = ['1', 'true'].includes(attr(obj(wb['workbookPr']), 'date1904'))
  const wbDir = wbPath.includes('/') ? wbPath.slice(0, wbPath.lastIndexOf('/') + 1) : ''
  const wbRels = relsOf(meta, wbDir + '_rels/' + wbPath.slice(wbDir.length) + '.rels')
  const sheetNames = sheets.map((s) => attr(s, 'name'))
  const chosen = opts.sheet === undefined ? sheets[0]! : sheets.find((s) => attr(s, 'name') === opts.sheet)
  if (!chosen) throw new SpreadsheetError(`没有名为 “${opts.sheet}” 的工作表 / no worksheet named "${opts.sheet}"`)
  const rel = wbRels.get(attr(chosen, 'id'))
  const sheetPath = rel ? resolve(wbDir, attr(rel, 'Target')) : `${wbDir}worksheets/sheet${sheets.indexOf(chosen) + 1}.xml`

  const shared = list(obj(xml(meta, `${wbDir}sharedStrings.xml`)?.['sst'])['si']).map(text)
  const styles = obj(xml(meta, `${wbDir}styles.xml`)?.['styleSheet'])
  const custom = new Map(list(obj(styles['numFmts'])['numFmt']).map((f) => [attr(f, 'numFmtId'), attr(f, 'formatCode')]))
  const dateStyle = list(obj(styles['cellXfs'])['xf']).map((xf) => {
    const id = attr(xf, 'numFmtId')
    return BUILTIN_DATE_FORMATS.has(Number(id)) || isDateFormat(custom.get(id) ?? '')
  })

  const sheetFiles = unzip(bytes, (n) => n === sheetPath, cap)
  if (!sheetFiles[sheetPath]) throw new SpreadsheetError(`${INVALID} (缺少工作表 / missing ${sheetPath})`)
  const ws = obj(xml(sheetFiles, sheetPath)?.['worksheet'])
  const grid: string[][] = []
  const rowNumbers: number[] = []
  let lastRow = 0
  for (const row of list(obj(ws['sheetData'])['row'])) {
    const n = Number(attr(row, 'r')) || lastRow + 1
    lastRow = n
    const cells: string[] = []
    let lastCol = -1
    for (const c of list(row['c'])) {
      const col = columnIndex(attr(c, 'r')) ?? lastCol + 1
      if (col >= 16_384) continue
      lastCol = col
      cells[col] = cellValue(c, shared, dateStyle, date1904)
    }
    grid.push(Array.from(cells, (v) => v ?? ''))
    rowNumbers.push(n)
  }
  return { ...tableFromGrid(grid, rowNumbers), sheetNames, sheetName: attr(chosen, 'name'), date1904 }
}

function cellValue(c: Node, shared: string[], dateStyle: boolean[], date1904: boolean): string {
  const type = attr(c, 't')
  const v = text(c['v'])
  switch (type) {
    case 's':
      return shared[Number(v)] ?? ''
    case 'inlineStr':
      return text(c['is'])
    case 'b':
      return v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : v
    case 'str':
    case 'e':
      return v
    default: {
      if (v === '') return ''
      const s = Number(attr(c, 's') || '0')
      if (dateStyle[s] && Number.isFinite(Number(v))) return excelSerialToDate(Number(v), date1904) ?? v
      return v
    }
  }
}
