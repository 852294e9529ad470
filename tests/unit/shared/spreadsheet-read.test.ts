// Reading real files: XLSX workbooks built as Excel writes them (shared, inline and rich
// strings, date formats, sparse cells, cached formulas, several sheets, the 1904 system), the
// committed fixture, broken workbooks refused with a reason; CSV with BOM, quoted line breaks,
// other delimiters and GB18030 text.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/shared/import-file/open'
import { parseCsv } from '../../../src/shared/spreadsheet/csv'
import { columnIndex, readXlsx, SpreadsheetError } from '../../../src/shared/spreadsheet/xlsx'
import { buildXlsx } from '../../fixtures/xlsx-fixture'
import { encodeGb18030 } from '../../fixtures/gb18030'

const FIXTURE = join(__dirname, '../../fixtures/policies-sample.xlsx')

describe('readXlsx', () => {
  const bytes = buildXlsx([
    {
      name: '政策清单',
      rows: [
        ['2023年人工智能政策汇总'],
        ['标题', '发文字号', '成文日期', '发布日期', '公开', '数量', '备注'],
        ['关于A的通知', { inline: '国办发〔2023〕1号' }, { date: '2023-05-30' }, { date: '2023-06-02', style: 'iso' }, true, 3.5, { rich: ['加粗', '正文'] }],
        [],
        [null, null, null, null, false, null, { formula: 'A3&"X"', cached: '关于A的通知X' }],
      ],
    },
    { name: '第二页', rows: [['标题', '地区'], ['B', '北京']] },
  ])

  it('reads values of every cell type, dates as YYYY-MM-DD, header row found under a title row', () => {
    const s = readXlsx(bytes)
    expect(s.sheetNames).toEqual(['政策清单', '第二页'])
    expect(s.sheetName).toBe('政策清单')
    expect(s.headerRow).toBe(2)
    expect(s.headers).toEqual(['标题', '发文字号', '成文日期', '发布日期', '公开', '数量', '备注'])
    expect(s.rows[0]).toEqual(['关于A的通知', '国办发〔2023〕1号', '2023-05-30', '2023-06-02', 'TRUE', '3.5', '加粗正文'])
    expect(s.rows[1]).toEqual(['', '', '', '', 'FALSE', '', '关于A的通知X'])
    expect(s.rowNumbers).toEqual([3, 5])
  })
  it('reads a chosen sheet, and refuses a sheet that is not there', () => {
    expect(readXlsx(bytes, { sheet: '第二页' }).rows).toEqual([['B', '北京']])
    expect(() => readXlsx(bytes, { sheet: '无' })).toThrow(/no worksheet named "无"/)
  })
  it('places sparse cells by their column letters', () => {
    expect(columnIndex('A1')).toBe(0)
    expect(columnIndex('AA10')).toBe(26)
    expect(columnIndex('XFD1')).toBe(16_383)
    const sparse = buildXlsx([{ name: 'S', rows: [['标题', '地区', '状态'], [null, null, '有效'], ['T', null, null]] }])
    expect(readXlsx(sparse).rows).toEqual([['', '', '有效'], ['T', '', '']])
  })
  it('uses the 1904 date system when the workbook says so', () => {
    const b = buildXlsx([{ name: 'S', rows: [['标题', '成文日期'], ['T', { date: '2023-05-30' }]] }], { date1904: true })
    const s = readXlsx(b)
    expect(s.date1904).toBe(true)
    expect(s.rows[0]).toEqual(['T', '2023-05-30'])
  })
  it('reads the committed fixture file', () => {
    const s = readXlsx(new Uint8Array(readFileSync(FIXTURE)))
    expect(s.headers.slice(0, 4)).toEqual(['标题', '发文机关', '发文字号', '成文日期'])
    expect(s.rows.length).toBeGreaterThanOrEqual(3)
    expect(s.rows[0]![3]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
  it('refuses what is not a workbook, naming the reason', () => {
    expect(() => readXlsx(strToU8('标题,地区\n'))).toThrow(/not a valid XLSX workbook \(不是 zip/)
    expect(() => readXlsx(zipSync({ 'hello.txt': strToU8('hi') }))).toThrow(/no worksheets/)
    const truncated = bytes.slice(0, Math.floor(bytes.length / 2))
    expect(() => readXlsx(truncated)).toThrow(SpreadsheetError)
    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<!DOCTYPE x [<!ENTITY a "aaaa">]><workbook><sheets><sheet name="&a;" r:id="rId1"/></sheets></workbook>'),
    })
    expect(() => readXlsx(bomb)).toThrow(/DOCTYPE/)
  })
  it('follows the workbook relationships to a worksheet part of any name', () => {
    const parts = unzipSync(buildXlsx([{ name: 'S', rows: [['标题'], ['T']] }]))
    parts['xl/worksheets/data.xml'] = parts['xl/worksheets/sheet1.xml']!
    delete parts['xl/worksheets/sheet1.xml']
    const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']!).replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/data.xml"')
    parts['xl/_rels/workbook.xml.rels'] = strToU8(rels)
    expect(readXlsx(zipSync(parts)).rows).toEqual([['T']])
  })
  it('says when a file is an old .xls or an encrypted workbook', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect(() => readXlsx(ole)).toThrow(/old \.xls or an encrypted workbook/)
  })
  it('refuses a workbook larger than the cap once uncompressed', () => {
    const big = buildXlsx([{ name: 'S', rows: Array.from({ length: 2000 }, (_, i) => ['标题' + i, 'x'.repeat(200)]) }])
    expect(() => readXlsx(big, { maxUncompressed: 100_000 })).toThrow(/too large uncompressed/)
  })
})

describe('parseCsv', () => {
  it('drops the BOM, keeps quoted line breaks and counts rows as a spreadsheet does', () => {
    const t = parseCsv('\ufeff标题,摘要,成文日期\r\n"关于A的通知","第一行\n第二行",2023/5/30\r\n\r\nB,"含,逗号",2023年5月\r\n')
    expect(t.headers).toEqual(['标题', '摘要', '成文日期'])
    expect(t.rows).toEqual([['关于A的通知', '第一行\n第二行', '2023/5/30'], ['B', '含,逗号', '2023年5月']])
    expect(t.rowNumbers).toEqual([2, 4])
  })
  it('refuses a cell whose quote is never closed, naming the row, instead of swallowing the rest', () => {
    expect(() => parseCsv('标题,摘要\n甲,正常\n乙,"没有闭合的引号\n丙,后面的行\n')).toThrow(SpreadsheetError)
    expect(() => parseCsv('标题,摘要\n甲,正常\n乙,"没有闭合的引号\n丙,后面的行\n')).toThrow(/第 3 行：引号未闭合/)
  })
  it('detects semicolons and tabs', () => {
    expect(parseCsv('标题;地区\nA;北京\n').rows).toEqual([['A', '北京']])
    expect(parseCsv('标题\t地区\nA\t北京\n').rows).toEqual([['A', '北京']])
  })
  it('reads GB18030 text once the shared reader decodes it', () => {
    const bytes = encodeGb18030('标题,发文机关,成文日期\r\n关于推进人工智能发展的通知,浙江省人民政府,2023年5月30日\r\n')
    const { text, encoding } = decodeText(bytes)
    expect(encoding).toBe('gb18030')
    const t = parseCsv(text)
    expect(t.headers).toEqual(['标题', '发文机关', '成文日期'])
    expect(t.rows[0]).toEqual(['关于推进人工智能发展的通知', '浙江省人民政府', '2023年5月30日'])
  })
})
