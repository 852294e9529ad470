// Sheet rows and a column mapping to policy records. Every row is validated on its own: an
// error names the row (as Excel numbers it), the column and the reason, and only that row is
// left out. Cell text is untrusted: control characters go, links must be http(s).
import { LOCAL_SHEET_SOURCE_ID, SHEET_ROW_LIMIT } from './limits'
import { policySchema, type Policy } from '../model/records'
import { matchRegion } from '../regions/names'
import { parseSheetDate } from './dates'
import type { SheetField, SheetMapping } from './headers'
import { sheetRecordId } from './keys'
import type { SheetTable } from './table'
import { cleanText, levelOfRegion, parseLevel, parseStatus, parseTopic, splitList } from './values'

export interface SheetRowIssue {
  /** 1-based row number as the spreadsheet shows it (the header row included). */
  row: number
  column: string | null
  field: string | null
  message: string
  severity: 'error' | 'warning'
}
export interface SheetRecord {
  row: number
  policy: Policy
  /** The policy fields this row gave a value for: only these overwrite a stored record. */
  given: ReadonlySet<keyof Policy>
}
export interface SheetSource {
  fileName: string
  sheetName?: string | null
  /** XLSX: plain numbers in date columns are Excel serials. */
  serialDates?: boolean
  date1904?: boolean
}

const DATE_FIELDS = ['issued', 'published', 'effective', 'expires'] as const
const FIELD_OF_PATH: Readonly<Record<string, SheetField>> = { regionCode: 'region', regionName: 'region' }

/** Turns every row into a record or into issues; rows that are entirely empty are skipped. */
export function rowsToPolicies(table: SheetTable, mapping: SheetMapping, src: SheetSource): { records: SheetRecord[]; issues: SheetRowIssue[] } {
  const columnOf = new Map<SheetField, number>()
  mapping.forEach((f, i) => f && !columnOf.has(f) && columnOf.set(f, i))
  const chapter = [src.fileName, src.sheetName].filter(Boolean).join(' · ').slice(0, 200)
  const records: SheetRecord[] = []
  const issues: SheetRowIssue[] = []
  table.rows.slice(0, SHEET_ROW_LIMIT).forEach((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 2
    const rowIssues: SheetRowIssue[] = []
    const cell = (f: SheetField) => {
      const c = columnOf.get(f)
      return c === undefined ? '' : (cells[c] ?? '')
    }
    const issue = (f: SheetField | null, message: string, severity: 'error' | 'warning' = 'error') => {
      const c = f ? columnOf.get(f) : undefined
      rowIssues.push({ row, column: c === undefined ? null : table.headers[c] || `#${c + 1}`, field: f, message, severity })
    }
    const given = new Set<keyof Policy>()
    const text = (f: SheetField, keepLines = false) => {
      const v = cleanText(cell(f), keepLines)
      if (v) given.add(f as keyof Policy)
      return v
    }
    const list = (f: SheetField) => {
      const raw = cleanText(cell(f), true)
      const parts = f === 'keyMeasures' ? raw.split(/\n+|[；;]/) : f === 'links' ? raw.split(/[\s、，,；;|]+/) : splitList(raw)
      const items = parts.map((s) => cleanText(s)).filter(Boolean)
      if (items.length) given.add(f as keyof Policy)
      return items
    }
    const dates: Partial<Record<(typeof DATE_FIELDS)[number], string | null>> = {}
    for (const f of DATE_FIELDS) {
      const r = parseSheetDate(cell(f), { serials: src.serialDates, date1904: src.date1904 })
      dates[f] = r?.ok ? r.value : null
      if (r?.ok) given.add(f)
      else if (r) issue(f, r.message)
    }
    let level = null as Policy['level'] | null
    const levelText = cleanText(cell('level'))
    if (levelText) {
      level = parseLevel(levelText)
      if (!level) issue('level', `未识别的层级 / unknown level: "${levelText.slice(0, 30)}" (国家、部委、省级、市级、区县)`)
    }
    const regionText = cleanText(cell('region'))
    const region = regionText ? matchRegion(regionText) : null
    if (regionText && !region) issue('region', `未识别的地区 / unknown region: "${regionText.slice(0, 30)}" (省市名称或 6 位区划代码 / a province or city name, or a 6-digit code)`)
    if (region) given.add('regionCode').add('regionName')
    if (level) given.add('level')
    else if (region && !levelText) {
      level = levelOfRegion(region.code)
      given.add('level')
    }
    level ??= 'national'
    if (!region && level !== 'national' && level !== 'ministry' && !regionText) issue('region', '省级及以下须填地区 / provincial and lower levels need a region')
    const statusText = cleanText(cell('status'))
    const status = statusText ? parseStatus(statusText) : 'unknown'
    if (!status) issue('status', `未识别的状态 / unknown status: "${statusText.slice(0, 30)}"`)
    else if (statusText) given.add('status')
    const topics: Policy['topics'] = []
    for (const t of list('topics')) {
      const topic = parseTopic(t)
      if (!topic) issue('topics', `未识别的主题，已忽略 / unknown topic, ignored: "${t.slice(0, 30)}"`, 'warning')
      else if (!topics.includes(topic)) topics.push(topic)
    }
    if (!topics.length) given.delete('topics')
    const links = list('links')
    for (const l of links) if (!/^https?:\/\/[^\s]+$/i.test(l)) issue('links', `只允许 http(s) 链接 / only http(s) links: "${l.slice(0, 60)}"`)
    const title = text('title')
    if (!title) issue('title', '标题不能为空 / title must not be empty')
    const docNumber = text('docNumber') || null
    const candidate = {
      id: 'pol-sheet-pending',
      rev: 1,
      sources: [{ sourceId: LOCAL_SHEET_SOURCE_ID, chapter }],
      title,
      aliases: list('aliases'),
      level,
      regionCode: region?.code ?? null,
      regionName: region?.name ?? '全国',
      issuers: list('issuers'),
      docNumber,
      docType: text('docType') || null,
      ...dates,
      status: status ?? 'unknown',
      topics,
      summary: text('summary', true),
      keyMeasures: list('keyMeasures'),
      fullText: text('fullText', true) || null,
      links,
    }
    if (!rowIssues.some((x) => x.severity === 'error')) {
      const parsed = policySchema.safeParse(candidate)
      if (parsed.success) {
        const policy = { ...parsed.data, id: sheetRecordId(parsed.data) }
        records.push({ row, policy, given })
      } else {
        for (const iss of parsed.error.issues) {
          const path = String(iss.path[0] ?? '')
          const f = (FIELD_OF_PATH[path] ?? (columnOf.has(path as SheetField) ? path : null)) as SheetField | null
          issue(f, `${path}: ${iss.message}`)
        }
      }
    }
    issues.push(...rowIssues)
  })
  if (table.rows.length > SHEET_ROW_LIMIT) {
    issues.push({ row: table.rowNumbers[SHEET_ROW_LIMIT] ?? 0, column: null, field: null, message: `超过 ${SHEET_ROW_LIMIT} 行的部分未导入 / rows beyond ${SHEET_ROW_LIMIT} were not imported`, severity: 'error' })
  }
  return { records, issues }
}
