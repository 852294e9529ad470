// The vendor list's facets, search words, route query and landscape, on the default data and
// on small hand-made sets (regions, industries, closed models, thousands of vendors).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bundleSchema } from '@shared/bundle/schema'
import { modelSchema, vendorSchema, type Model, type Vendor } from '@shared/model/records'
import { NONE, filterVendors, hasSelection, toggleVendorFacet, vendorEntries, vendorFacetCounts } from '@shared/vendors/facets'
import { buildLandscape } from '@shared/vendors/landscape'
import { queryFromState, stateFromQuery } from '@shared/vendors/list-query'

const records = bundleSchema.parse(JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8'))).records
const entries = vendorEntries(records.vendors, records.models, records.events)
const ids = (list: { vendor: Vendor }[]) => list.map((e) => e.vendor.id).sort()
const src = [{ sourceId: 'test', chapter: '1' }]
const vendor = (id: string, extra: Partial<Vendor> = {}): Vendor => vendorSchema.parse({ id, rev: 1, sources: src, name: id, origin: 'cn', ...extra })
const model = (id: string, vendorId: string, extra: Partial<Model> = {}): Model => modelSchema.parse({ id, rev: 1, sources: src, name: id, vendorId, category: 'general', ...extra })

describe('vendor facets on the default data', () => {
  it('keeps only vendors with an open model when 开源 is chosen', () => {
    const open = filterVendors(entries, { openSource: ['yes'] })
    expect(ids(open)).toEqual(['ven-alibaba-cloud', 'ven-baichuan', 'ven-tsinghua', 'ven-vivo', 'ven-zhipu'])
    expect(ids(open)).not.toContain('ven-baidu')
  })
  it('counts each facet with the other facets applied, and its own left open', () => {
    const none = vendorFacetCounts(entries, {})
    expect(none.openSource.get('yes')).toBe(5)
    expect(none.origin.get('cn')).toBe(records.vendors.filter((v) => v.origin === 'cn').length)
    expect(none.category.get('general')).toBe(4)
    const open = vendorFacetCounts(entries, { openSource: ['yes'] })
    // the chosen facet still offers its other values...
    expect(open.openSource.get(NONE)).toBe(none.openSource.get(NONE))
    // ...while the others count only open vendors
    expect(open.category.get('other')).toBe(5)
    expect(open.category.get('edge_cloud')).toBe(1)
    expect(open.category.has('general')).toBe(false)
    expect(open.origin.get('cn')).toBe(5)
    expect(open.origin.has('global')).toBe(false)
  })
  it('gives vendors without models, region or industry the NONE value', () => {
    const nvidia = entries.find((e) => e.vendor.id === 'ven-nvidia')!
    expect(nvidia.values.category).toEqual([NONE])
    expect(nvidia.values.industry).toEqual([NONE])
    expect(nvidia.values.openSource).toEqual([NONE])
  })
  it('matches names and aliases, case- and width-insensitive', () => {
    expect(ids(filterVendors(entries, {}, '阿里'))).toEqual(['ven-alibaba', 'ven-alibaba-cloud'])
    expect(ids(filterVendors(entries, {}, '百度公司'))).toEqual(['ven-baidu'])
    expect(ids(filterVendors(entries, {}, 'ＯＰＥＮai'))).toEqual(['ven-openai'])
    expect(ids(filterVendors(entries, { origin: ['cn'] }, 'openai'))).toEqual([])
    expect(vendorFacetCounts(entries, {}, '阿里').origin.get('cn')).toBe(2)
  })
})

describe('vendor facets on hand-made records', () => {
  const vendors = [
    vendor('v-a', { region: '北京市', kind: 'startup', applications: [{ scenario: 'finance', title: '银行客服', customer: null, outcome: '', date: null, modelId: null, sources: [] }] }),
    vendor('v-b', { region: ' ', origin: 'global' }),
    vendor('v-c', { region: '合肥市' }),
  ]
  const models = [
    model('m-a1', 'v-a', { openSource: false, industries: ['金融', '政务'] }),
    model('m-a2', 'v-a', { openSource: false, category: 'industry' }),
    model('m-b', 'v-b', { openSource: true, category: 'edge' }),
    model('m-c', 'v-c', { openSource: null }),
  ]
  const hand = vendorEntries(vendors, models)

  it('reads region (blank → NONE), industries with scenarios, and closed vendors', () => {
    const [a, b, c] = hand
    expect(a!.values.region).toEqual(['北京市'])
    expect(b!.values.region).toEqual([NONE])
    expect(a!.values.industry).toEqual(['金融', '政务', 'finance'])
    expect(a!.values.category).toEqual(['general', 'industry'])
    expect(a!.values.openSource).toEqual(['no'])
    expect(b!.values.openSource).toEqual(['yes'])
    expect(c!.values.openSource).toEqual([NONE])
  })
  it('ORs values within a facet and ANDs facets', () => {
    expect(ids(filterVendors(hand, { region: ['北京市', NONE] }))).toEqual(['v-a', 'v-b'])
    expect(ids(filterVendors(hand, { region: ['北京市', NONE], openSource: ['yes'] }))).toEqual(['v-b'])
    const counts = vendorFacetCounts(hand, { region: ['北京市'], openSource: ['yes'] })
    // each facet counts what it would leave with the other one applied
    expect(counts.region.get(NONE)).toBe(1)
    expect(counts.openSource.get('no')).toBe(1)
    expect(counts.kind.size).toBe(0)
  })
  it('toggles a value on and off', () => {
    const on = toggleVendorFacet({}, 'kind', 'startup')
    expect(on).toEqual({ kind: ['startup'] })
    expect(toggleVendorFacet(on, 'kind', 'startup')).toEqual({ kind: [] })
    expect(hasSelection({ kind: [] })).toBe(false)
    expect(hasSelection({}, ' 百 ')).toBe(true)
  })
  it('stays quick for thousands of vendors', () => {
    const many = Array.from({ length: 5000 }, (_, i) => vendor(`v-${i}`, { region: i % 3 ? '北京市' : null }))
    const manyModels = many.map((v, i) => model(`m-${i}`, v.id, { openSource: i % 2 === 0 }))
    const t0 = performance.now()
    const big = vendorEntries(many, manyModels)
    const counts = vendorFacetCounts(big, { openSource: ['yes'], region: ['北京市'] }, 'v-1')
    const found = filterVendors(big, { openSource: ['yes'], region: ['北京市'] }, 'v-1')
    // generous for a loaded machine; a quadratic pass over 5000 vendors would take far longer
    expect(performance.now() - t0).toBeLessThan(2000)
    expect(found.every((e) => e.vendor.id.startsWith('v-1'))).toBe(true)
    expect(counts.openSource.get('yes')).toBe(found.length)
  })
})

describe('vendor list state in the route query', () => {
  it('round-trips tab, facets and words, and leaves defaults out', () => {
    const state = { tab: 'charts' as const, selection: { openSource: ['yes'], region: ['北京市', NONE] }, query: '智谱' }
    const q = queryFromState(state)
    expect(q).toEqual({ tab: 'charts', openSource: 'yes', region: ['北京市', NONE], q: '智谱' })
    expect(stateFromQuery(q)).toEqual(state)
    expect(queryFromState({ tab: 'list', selection: { kind: [] }, query: ' ' })).toEqual({})
  })
  it('ignores unknown tabs and stray values', () => {
    expect(stateFromQuery({ tab: 'nope', openSource: [null, ''], other: 'x' })).toEqual({ tab: 'list', selection: {}, query: '' })
  })
})

describe('vendor landscape', () => {
  it('places the default vendors by category; only those with cases (vivo, OpenAI) leave the NONE column', () => {
    const l = buildLandscape(entries)
    expect(l.columns).toContain(NONE)
    expect(l.columns).toEqual(expect.arrayContaining(['consumer']))
    expect(l.rows[0]).toBe('general')
    expect(l.rows.at(-1)).toBe(NONE)
    expect(l.cell('general', NONE).map((v) => v.id).sort()).toEqual(['ven-alibaba', 'ven-baidu', 'ven-iflytek'])
    expect(l.cell('general', 'consumer').map((v) => v.id)).toEqual(['ven-openai'])
    expect(l.cell('edge_cloud', 'consumer').map((v) => v.id)).toEqual(['ven-vivo'])
    expect(l.cell(NONE, NONE).map((v) => v.id)).toContain('ven-nvidia')
  })
  it('places vendors by their models’ industries and their applications’ scenarios', () => {
    const vendors = [
      vendor('v-a', { applications: [{ scenario: 'finance', title: '银行客服', customer: null, outcome: '', date: null, modelId: 'm-a2', sources: [] }] }),
      vendor('v-b'),
      vendor('v-c', { applications: [{ scenario: 'healthcare', title: '导诊', customer: null, outcome: '', date: null, modelId: null, sources: [] }] }),
    ]
    const models = [model('m-a1', 'v-a', { industries: ['政务'] }), model('m-a2', 'v-a', { category: 'industry' }), model('m-b', 'v-b', { category: 'edge' })]
    const l = buildLandscape(vendorEntries(vendors, models))
    expect(l.columns).toEqual(['finance', 'healthcare', '政务', NONE])
    expect(l.rows).toEqual(['general', 'industry', 'edge', NONE])
    expect(l.cell('general', '政务').map((v) => v.id)).toEqual(['v-a'])
    expect(l.cell('industry', 'finance').map((v) => v.id)).toEqual(['v-a'])
    expect(l.cell('edge', NONE).map((v) => v.id)).toEqual(['v-b'])
    expect(l.cell(NONE, 'healthcare').map((v) => v.id)).toEqual(['v-c'])
    expect(l.cell('general', NONE)).toEqual([])
  })
})
