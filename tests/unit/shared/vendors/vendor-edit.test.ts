// The vendor form: a valid draft becomes a record (lists split, numbers read with 万/亿, blank
// rows dropped); a bad one yields messages naming the field and the row as the form shows it.
import { describe, expect, test } from 'vitest'
import { vendorSchema, type Vendor } from '@shared/model/records'
import { draftFromVendor, emptyApplication, emptyFigure, parseFigureValue, vendorFromDraft } from '@shared/vendors/edit'

const existing: Vendor = vendorSchema.parse({
  id: 'ven-x', rev: 3, sources: [{ sourceId: 'report', chapter: '2.3' }], name: '科大讯飞', aliases: ['iFlytek'], kind: 'company', origin: 'cn',
  policyLinks: [{ policyId: 'pol-a', note: '' }],
})

describe('vendor form', () => {
  test('a new vendor: lists split on 、 and commas, blank rows dropped, cites the analyst', () => {
    const d = draftFromVendor()
    Object.assign(d, { name: ' 百川智能 ', aliases: 'Baichuan、百川, BC', tags: '开源，创业', region: '北京市' })
    d.applications = [emptyApplication(), { ...emptyApplication(), scenario: 'finance', title: '信贷方案', date: '2024-03' }]
    d.figures = [{ ...emptyFigure(), kind: 'parameters', label: '开源模型参数', value: '70亿', unit: '参数', date: '2023-11' }, emptyFigure()]
    const res = vendorFromDraft(d, { id: 'ven-local-1' })
    expect(res.ok).toBe(true)
    if (!res.ok) return
    expect(res.vendor).toMatchObject({
      id: 'ven-local-1', rev: 1, name: '百川智能', aliases: ['Baichuan', '百川', 'BC'], tags: ['开源', '创业'], region: '北京市',
      sources: [{ sourceId: 'local-entry' }], policyLinks: [],
      applications: [{ scenario: 'finance', title: '信贷方案', date: '2024-03', customer: null, modelId: null, sources: [{ sourceId: 'local-entry' }] }],
      figures: [{ kind: 'parameters', value: 7_000_000_000, unit: '参数', date: '2023-11', qualifier: null, sources: [{ sourceId: 'local-entry' }] }],
    })
  })

  test('an edit keeps sources and policy links and takes the next revision', () => {
    const d = draftFromVendor(existing)
    d.summary = '新的摘要'
    const res = vendorFromDraft(d, { id: existing.id, existing })
    expect(res.ok && res.vendor).toMatchObject({ rev: 4, sources: existing.sources, policyLinks: existing.policyLinks, aliases: ['iFlytek'], summary: '新的摘要' })
  })

  test('errors name the field and the row the form shows, blank rows counted', () => {
    const d = draftFromVendor()
    d.name = '  '
    d.applications = [emptyApplication(), { ...emptyApplication(), title: '', customer: '某银行' }]
    d.figures = [emptyFigure(), emptyFigure(), { ...emptyFigure(), label: '用户数', value: '很多', unit: '人' }, { ...emptyFigure(), label: '下载', value: '3', unit: '' }]
    d.region = 'x'.repeat(61)
    const res = vendorFromDraft(d, { id: 'ven-local-2' })
    expect(res.ok).toBe(false)
    if (res.ok) return
    const byPath = Object.fromEntries(res.errors.map((e) => [e.path, e.message]))
    expect(byPath['name']).toMatch(/不能为空/)
    expect(byPath['region']).toMatch(/过长/)
    expect(byPath['applications[1].title']).toMatch(/不能为空/)
    expect(byPath['figures[2].value']).toMatch(/须为数字/)
    expect(byPath['figures[3].unit']).toMatch(/不能为空/)
  })

  test('a bad date in a case is named with its row', () => {
    const d = draftFromVendor(existing)
    d.applications = [{ ...emptyApplication(), title: '办公助理', date: '2024-13' }]
    const res = vendorFromDraft(d, { id: existing.id, existing })
    expect(!res.ok && res.errors.map((e) => e.path)).toEqual(['applications[0].date'])
  })

  test('figure values: digits with separators, 万 and 亿; anything else is left as text', () => {
    expect(parseFigureValue('3,000,000')).toBe(3_000_000)
    expect(parseFigureValue('1万')).toBe(10_000)
    expect(parseFigureValue('5.83亿')).toBeCloseTo(583_000_000)
    expect(parseFigureValue('about 3')).toBe('about 3')
  })
})
