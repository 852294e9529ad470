// Cell values to enums and codes: regions by name or code, levels, statuses, topics, and
// which XLSX number formats are dates.
import { describe, expect, it } from 'vitest'
import { matchRegion } from '../../../src/shared/regions/names'
import { parseLevel, parseStatus, parseTopic, levelOfRegion, cleanText } from '../../../src/shared/spreadsheet/values'
import { isDateFormat } from '../../../src/shared/spreadsheet/xlsx-styles'

describe('matchRegion', () => {
  it('reads provinces and cities by full or short name, codes, and the nation', () => {
    expect(matchRegion('浙江')).toEqual({ code: '330000', name: '浙江省' })
    expect(matchRegion('广西壮族自治区')).toEqual({ code: '450000', name: '广西壮族自治区' })
    expect(matchRegion('广东省深圳市')).toEqual({ code: '440300', name: '深圳市' })
    expect(matchRegion('北京市海淀区')).toEqual({ code: '110108', name: '海淀区' })
    expect(matchRegion('340100')).toEqual({ code: '340100', name: '合肥市' })
    expect(matchRegion('330106')).toEqual({ code: '330106', name: '浙江省（330106）' })
    expect(matchRegion('全国')).toEqual({ code: null, name: '全国' })
    expect(matchRegion('990000')).toBeNull()
    expect(matchRegion('火星')).toBeNull()
  })
})

describe('enums', () => {
  it('reads levels, statuses and topics as analysts write them', () => {
    expect(['国家级', '部委', '省级', '市级', '区县', 'provincial', '乡镇'].map(parseLevel)).toEqual(['national', 'ministry', 'provincial', 'municipal', 'district', 'provincial', null])
    expect(['现行有效', '征求意见稿', '已废止', '失效', 'in_force', '作废'].map(parseStatus)).toEqual(['in_force', 'draft', 'repealed', 'expired', 'in_force', null])
    expect(['算力', '大模型', '安全治理', 'open_source', '其他'].map(parseTopic)).toEqual(['compute', 'models', 'safety_governance', 'open_source', null])
    expect([null, '330000', '330100', '330106'].map(levelOfRegion)).toEqual(['national', 'provincial', 'municipal', 'district'])
  })
  it('cleans untrusted text', () => {
    expect(cleanText(' a\u0000b\u202ec\r\nd ')).toBe('a b c d')
    expect(cleanText(' a\u0007b\r\nc ', true)).toBe('ab\nc')
  })
})

describe('isDateFormat', () => {
  it('tells date formats from number formats', () => {
    for (const f of ['yyyy"年"m"月"d"日"', 'yyyy/m/d', '[$-804]yyyy-mm-dd', 'mmm-yy', 'm/d']) expect(isDateFormat(f), f).toBe(true)
    for (const f of ['General', '0.00', '#,##0', '0.00E+00', '"年"0', 'h:mm:ss', '[Red]0.0']) expect(isDateFormat(f), f).toBe(false)
  })
})
