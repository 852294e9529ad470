// Facets: filtering by several facets at once, and counts that show what each choice leaves.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { bundleSchema } from '@shared/bundle/schema'
import { toLite } from '@shared/policy/lite'
import { facetCounts, filterPolicies, toggle, type FacetContext } from '@shared/policy/facets'

const policies = bundleSchema.parse(JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8'))).records.policies.map(toLite)
const ctx: FacetContext = { asOf: Date.UTC(2026, 0, 1), withNotes: new Set(['pol-cn-beijing-2023-large-model-policies']) }

describe('facets', () => {
  it('filters by level and province, rolling cities up', () => {
    const guangdong = filterPolicies(policies, { province: ['440000'] }, ctx).map((p) => p.id)
    expect(guangdong.sort()).toEqual(['pol-cn-guangdong-2023-large-model-policies', 'pol-cn-shenzhen-2023-large-model-policies'])
    expect(filterPolicies(policies, { level: ['municipal'], province: ['440000'] }, ctx).map((p) => p.id)).toEqual([
      'pol-cn-shenzhen-2023-large-model-policies',
    ])
  })
  it('counts each facet with the other facets applied', () => {
    const sel = { level: ['municipal'] }
    const counts = facetCounts(policies, sel, ctx)
    // level counts ignore the level choice itself
    expect(counts.level.get('national')).toBe(policies.filter((p) => p.level === 'national').length)
    expect(counts.level.get('municipal')).toBe(3)
    // province counts respect it: only the three cities' provinces
    expect([...counts.province.keys()].sort()).toEqual(['330000', '440000', '510000'])
    expect(counts.hasNotes.get('no')).toBe(3)
  })
  it('knows years, unknown values and notes', () => {
    const counts = facetCounts(policies, {}, ctx)
    expect(counts.year.get('2017')).toBe(1)
    expect(counts.year.get('2023')).toBe(8)
    expect(counts.docType.get('∅')).toBeGreaterThan(0)
    expect(counts.hasNotes.get('yes')).toBe(1)
    expect(filterPolicies(policies, { hasNotes: ['yes'] }, ctx)).toHaveLength(1)
  })
  it('toggles values on and off', () => {
    const a = toggle({}, 'topic', 'compute')
    expect(a.topic).toEqual(['compute'])
    expect(toggle(a, 'topic', 'compute').topic).toEqual([])
  })
})

describe('FacetTable', () => {
  it('filters and counts exactly like filterPolicies and facetCounts, on many random selections', async () => {
    const { generateAll, mulberry32 } = await import('../../../bench/generate')
    const { FacetTable, FACETS } = await import('@shared/policy/facets')
    const { policies: generated, notes } = generateAll(3000)
    const rows = generated.map(toLite)
    const c: FacetContext = { asOf: Date.UTC(2025, 5, 1), withNotes: new Set(notes.map((n) => n.targetId)) }
    const table = new FacetTable(rows, c)
    const all = facetCounts(rows, {}, c)
    const rand = mulberry32(7)
    for (let round = 0; round < 60; round++) {
      const sel: Record<string, string[]> = {}
      for (const f of FACETS) {
        if (rand() < 0.6) continue
        const values = [...all[f].keys()]
        sel[f] = values.filter(() => rand() < 0.3)
      }
      const only = round % 3 === 0 ? (p: { id: string }) => p.id.endsWith('1') : undefined
      const base = only ? rows.filter(only) : rows
      expect(table.filter(sel, only).map((p) => p.id)).toEqual(filterPolicies(base, sel, c).map((p) => p.id))
      const want = facetCounts(base, sel, c)
      const got = table.counts(sel, only)
      for (const f of FACETS) expect(new Map([...got[f]].sort()), f).toEqual(new Map([...want[f]].sort()))
    }
  })
})

describe('FacetTable.build', () => {
  it('builds in slices to the same table, and stops when cancelled', async () => {
    const { FacetTable } = await import('@shared/policy/facets')
    const rows = Array.from({ length: 25 }, (_, i) => ({ ...policies[i % policies.length]!, id: `p-${i}` }))
    let pauses = 0
    const sliced = await FacetTable.build(rows, ctx, async () => void pauses++, () => false, 4, 0)
    expect(pauses).toBe(8)
    const whole = new FacetTable(rows, ctx)
    const sel = { level: ['municipal', 'provincial'], topic: ['compute'] }
    expect(sliced!.filter(sel).map((p) => p.id)).toEqual(whole.filter(sel).map((p) => p.id))
    expect(sliced!.counts(sel)).toEqual(whole.counts(sel))
    expect(await FacetTable.build(rows, ctx, async () => {}, () => true, 4)).toBeNull()
    expect((await FacetTable.build([], ctx, async () => {}))!.filter({})).toEqual([])
  })
})
