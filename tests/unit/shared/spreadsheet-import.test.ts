// From a mapped sheet to a bundle the ordinary import path takes: every row validated on its
// own (errors name row, column and reason), untrusted text cleaned, stable ids, duplicates of
// stored policies turned into changes of those records, and a second import changing nothing.
import { describe, expect, it } from 'vitest'
import { planImport } from '../../../src/shared/bundle/plan'
import { readBundleText } from '../../../src/shared/bundle/read'
import { policySchema, type Policy } from '../../../src/shared/model/records'
import { sheetToBundle, type StoredPolicies } from '../../../src/shared/spreadsheet/bundle'
import { csvCell, csvText } from '../../../src/shared/spreadsheet/csv-cell'
import { parseCsv } from '../../../src/shared/spreadsheet/csv'
import { guessMapping } from '../../../src/shared/spreadsheet/headers'
import { rowsToPolicies } from '../../../src/shared/spreadsheet/to-records'
import type { MergeLookup } from '@shared/bundle/plan'

/** Stored policies as the merge rules see them (no hand edits, no tombstones). */
const lookupOf = (stored: Policy[]): MergeLookup => ({
  stored: async (_k, ids) => ids.map((id) => ({ record: stored.find((p) => p.id === id), state: undefined, tombstone: undefined })),
  userDataOn: async () => new Set(),
})

const CSV = [
  '标题,发文机关,发文字号,成文日期,层级,地区,状态,主题,摘要,链接',
  '关于A的通知,国务院办公厅、工业和信息化部,国办发［2023］7号,2023/5/30,国家级,全国,现行有效,算力、数据、未知主题,摘要\u0007一,https://www.gov.cn/a',
  '关于B的意见,浙江省人民政府,浙政发〔2023〕2号,2023-02-30,省级,浙江,有效,,,',
  '关于C的方案,深圳市人民政府,,2023年6月,,深圳,,,,',
  '关于D的办法,某局,,2023年7月1日,市级,火星市,作废,,,',
  '"关于E的办法\u202e",合肥市人民政府,合政〔2024〕1号,2024-01-02,,340100,,,"第一段\n第二段",http://hf.gov.cn/e http://hf.gov.cn/f',
  ',,,,,,,,,',
].join('\r\n')

const table = parseCsv(CSV)
const mapping = guessMapping(table.headers)
const src = { fileName: 'policies.csv' }

function store(policies: Policy[]): StoredPolicies {
  const byId = new Map(policies.map((p) => [p.id, p]))
  return { keys: policies, get: async (ids) => ids.map((id) => byId.get(id)) }
}

const stored = policySchema.parse({
  id: 'pol-cn-2023-a', rev: 3, sources: [{ sourceId: 'report-2024', chapter: '第一章' }], title: '关于A的通知（旧称）', level: 'national',
  regionCode: null, regionName: '全国', docNumber: '国办发〔2023〕7号', summary: '已存摘要', topics: ['models'],
})
const storedByTitle = policySchema.parse({
  id: 'pol-cn-2023-c', rev: 1, sources: [{ sourceId: 'report-2024' }], title: '关于C的方案', level: 'municipal', regionCode: '440300', regionName: '深圳市', issued: '2023',
})

describe('rowsToPolicies', () => {
  const { records, issues } = rowsToPolicies(table, mapping, src)
  it('keeps good rows and reports each bad one by row, column and reason', () => {
    expect(records.map((r) => r.row)).toEqual([2, 4, 6])
    const errors = issues.filter((i) => i.severity === 'error')
    expect(errors).toContainEqual({ row: 3, column: '成文日期', field: 'issued', message: expect.stringContaining('no such day: 2023-02-30'), severity: 'error' })
    expect(errors).toContainEqual({ row: 5, column: '地区', field: 'region', message: expect.stringContaining('unknown region: "火星市"'), severity: 'error' })
    expect(errors).toContainEqual({ row: 5, column: '状态', field: 'status', message: expect.stringContaining('unknown status'), severity: 'error' })
    expect(issues).toContainEqual({ row: 2, column: '主题', field: 'topics', message: expect.stringContaining('未知主题'), severity: 'warning' })
  })
  it('refuses links that are not http(s)', () => {
    const r = rowsToPolicies(parseCsv('标题,链接\n关于C的方案,javascript:alert(1)\n'), [ 'title', 'links' ], src)
    expect(r.records).toEqual([])
    expect(r.issues[0]).toMatchObject({ row: 2, column: '链接', field: 'links', message: expect.stringContaining('only http(s) links') })
  })
  it('reads values: lists, levels from regions, region codes, cleaned text', () => {
    const a = records[0]!.policy
    expect(a).toMatchObject({ title: '关于A的通知', issuers: ['国务院办公厅', '工业和信息化部'], level: 'national', regionCode: null, issued: '2023-05-30', status: 'in_force', topics: ['compute', 'data'], summary: '摘要一', links: ['https://www.gov.cn/a'] })
    expect(a.sources).toEqual([{ sourceId: 'local-spreadsheet', chapter: 'policies.csv' }])
    expect(records[1]!.policy).toMatchObject({ level: 'municipal', regionCode: '440300', regionName: '深圳市', issued: '2023-06' })
    const e = records[2]!.policy
    expect(e).toMatchObject({ title: '关于E的办法', level: 'municipal', regionCode: '340100', regionName: '合肥市', summary: '第一段\n第二段', links: ['http://hf.gov.cn/e', 'http://hf.gov.cn/f'] })
  })
  it('gives stable ids from the document number or title and date', () => {
    const again = rowsToPolicies(parseCsv(CSV.replace('国办发［2023］7号', '国办发(2023)7号')), mapping, src).records
    expect(again.map((r) => r.policy.id)).toEqual(records.map((r) => r.policy.id))
    expect(records[0]!.policy.id).toMatch(/^pol-sheet-[0-9a-f]{16}$/)
  })
  it('never builds objects from header names', () => {
    const t = parseCsv('标题,__proto__,constructor\nX,{"polluted":1},y\n')
    const r = rowsToPolicies(t, guessMapping(t.headers), src)
    expect(r.records[0]!.policy.title).toBe('X')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})

describe('sheetToBundle', () => {
  it('turns duplicates of stored policies into changes of only the given fields, and a second import into nothing', async () => {
    const db = store([stored, storedByTitle])
    const res = await sheetToBundle(table, mapping, src, db, new Date('2026-11-28T00:00:00Z'))
    expect(res.matches).toEqual([
      { row: 2, storedId: 'pol-cn-2023-a', storedTitle: '关于A的通知（旧称）', reason: 'docNumber' },
      { row: 4, storedId: 'pol-cn-2023-c', storedTitle: '关于C的方案', reason: 'titleDate' },
    ])
    expect(res.accepted).toBe(3)
    const read = await readBundleText(JSON.stringify(res.bundle))
    expect(read.ok).toBe(true)
    const a = res.bundle.records.policies.find((p) => p.id === 'pol-cn-2023-a')!
    expect(a).toMatchObject({ rev: 4, title: '关于A的通知', summary: '摘要一', topics: ['compute', 'data'], regionName: '全国' })
    expect(a.sources).toEqual([{ sourceId: 'report-2024', chapter: '第一章' }, { sourceId: 'local-spreadsheet', chapter: 'policies.csv' }])
    const plan = await planImport(res.bundle, lookupOf([stored, storedByTitle]))
    expect(plan.counts).toMatchObject({ add: 1, change: 2 })
    // apply, then import the same sheet again
    const after = plan.items.map((i) => i.outcome.record as Policy)
    const again = await sheetToBundle(table, mapping, src, store(after))
    const plan2 = await planImport(again.bundle, lookupOf(after))
    expect(plan2.counts).toMatchObject({ add: 0, change: 0, unchanged: 3 })
  })
  it('leaves out a row that repeats an earlier row of the sheet', async () => {
    const t = parseCsv('标题,发文字号,成文日期\nA,京政发〔2023〕1号,2023\nA again,京政发[2023]1号,2023\nB,,2023-01\nB,,2023-01-05\n')
    const res = await sheetToBundle(t, guessMapping(t.headers), src, store([]))
    expect(res.inSheet).toEqual([{ row: 3, firstRow: 2, reason: 'docNumber' }, { row: 5, firstRow: 4, reason: 'titleDate' }])
    expect(res.bundle.records.policies.map((p) => p.title)).toEqual(['A', 'B'])
  })
})

describe('csvCell', () => {
  it('neutralises formulas and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2')).toBe("'-2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('普通文本')).toBe('普通文本')
    expect(csvCell(null)).toBe('')
    expect(csvText([['标题'], ['=1']])).toBe("\ufeff标题\r\n'=1\r\n")
  })
})
