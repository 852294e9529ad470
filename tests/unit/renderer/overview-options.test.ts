// The Overview's chart data: counts per year and level, per province, province × topic, and
// the lineage links, from the default data and from small hand-made sets.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { bundleSchema } from '@shared/bundle/schema'
import { toLite } from '@shared/policy/lite'
import { TILE_GRID } from '../../../src/renderer/charts/tile-grid'
import { lineageOption, perProvince, perYearByLevel, regionTopicMatrix, shortProvince } from '../../../src/renderer/charts/overview-options'
import { PROVINCES } from '@shared/regions/gbt2260'

const policies = bundleSchema.parse(JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8'))).records.policies.map(toLite)
const colors = { text: '#000', muted: '#666', grid: '#ddd', accent: 'red', accent2: 'blue', low: '#eee' }

describe('overview charts', () => {
  it('counts policies per year and level, leaving undated ones apart', () => {
    const d = perYearByLevel(policies)
    expect(d.years[0]).toBe(2017)
    expect(d.years.at(-1)).toBe(2024)
    expect(d.years).toHaveLength(8)
    expect(d.count(2023, 'provincial')).toBe(5)
    expect(d.count(2023, 'municipal')).toBe(3)
    expect(d.count(2017, 'national')).toBe(1)
    expect(d.undated).toBe(policies.filter((p) => !p.issued).length)
  })
  it('rolls cities up to provinces for the map, and every province has a tile', () => {
    const m = perProvince(policies)
    expect(m.get('440000')).toBe(2)
    expect(m.get('510000')).toBe(1)
    expect(m.has('100000')).toBe(false)
    expect(Object.keys(TILE_GRID).sort()).toEqual(Object.keys(PROVINCES).sort())
    const cells = new Set(Object.values(TILE_GRID).map(([c, r]) => `${c},${r}`))
    expect(cells.size).toBe(Object.keys(TILE_GRID).length)
    expect(shortProvince('黑龙江省')).toBe('黑龙江')
    expect(shortProvince('广西壮族自治区')).toBe('广西')
  })
  it('builds the province × topic matrix from the topics records carry', () => {
    const m = regionTopicMatrix(policies)
    const total = m.provinces.reduce((n, p) => n + m.topics.reduce((k, t) => k + m.count(p, t), 0), 0)
    const expected = policies.filter((p) => p.level !== 'national').reduce((n, p) => n + p.topics.length, 0)
    expect(total).toBe(expected)
  })
  it('links implementing documents to what they implement', () => {
    const o = lineageOption(policies, colors)
    expect(o.linkCount).toBe(1)
    expect(o.series[0]!.links[0]).toEqual({ source: 'pol-cn-2017-new-generation-ai-plan', target: 'pol-cn-2022-ai-scenario-innovation-guideline', value: 'implements' })
    expect(o.nodeCount).toBe(policies.length)
  })
  it('at scale, draws only linked documents, national first, capped', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...policies[1]!, id: `p-${i}`, level: i % 2 ? ('municipal' as const) : ('national' as const), relations: [] as { type: 'implements'; targetId: string }[] }))
    for (let i = 1; i < 1000; i += 2) many[i]!.relations = [{ type: 'implements', targetId: `p-${i - 1}` }]
    const o = lineageOption(many, colors)
    expect(o.nodeCount).toBe(300)
    expect(o.series[0]!.data.slice(0, 150).every((n) => n.value[0] === 0)).toBe(true)
    expect(lineageOption(many.slice(0, 10), colors).nodeCount).toBe(10)
  })
})
