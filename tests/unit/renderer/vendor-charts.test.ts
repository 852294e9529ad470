// The vendor charts' data: models per category, releases per year split open / other with
// events beside them, and the open-source releases in date order, on the default data.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bundleSchema } from '@shared/bundle/schema'
import { modelsPerCategory, openSourceReleases, releasesPerYear } from '@shared/vendors/stats'
import { categoryOption, releasesOption } from '../../../src/renderer/charts/vendor-charts'

const r = bundleSchema.parse(JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8'))).records
const colors = { text: '#000', muted: '#666', grid: '#ddd', accent: 'red', accent2: 'blue', low: '#eee' }
const labels = { open: '开源模型', other: '其他模型', events: '产业事件' }

describe('vendor charts', () => {
  it('counts models per category in the enum order, leaving empty ones out', () => {
    const d = modelsPerCategory(r.models)
    expect(d.reduce((n, x) => n + x.count, 0)).toBe(r.models.length)
    expect(d.find((x) => x.category === 'general')?.count).toBe(r.models.filter((m) => m.category === 'general').length)
    expect(d.map((x) => x.category)).toEqual(['general', 'industry', 'edge_cloud', 'edge', 'cloud', 'other'].filter((c) => d.some((x) => x.category === c)))
    const o = categoryOption(r.models, (c) => `#${c}`, colors)
    expect(o.yAxis.data[0]).toBe('#general')
    expect(o.series[0]!.data.map((x) => x.value)).toEqual(d.map((x) => x.count))
  })
  it('counts releases per year, open models apart, every year on the axis', () => {
    const d = releasesPerYear(r.models, r.events)
    expect(d.years[0]).toBe(2017)
    expect(d.years.at(-1)).toBe(2024)
    expect(d.years).toHaveLength(8)
    const at = (y: number) => d.years.indexOf(y)
    expect(d.openModels[at(2023)]).toBe(6) // Baichuan-7B, ChatGLM3, vivo's 7B, Qwen-72B, -1.8B, -Audio
    expect(d.openModels[at(2022)]).toBe(1) // GLM-130B
    expect(d.otherModels[at(2018)]).toBe(2) // GPT-1, BERT
    expect(d.events[at(2017)]).toBe(1)
    expect(d.undatedModels).toBe(r.models.filter((m) => !m.released).length)
    const o = releasesOption(r.models, r.events, labels, colors)
    expect(o.series.map((s) => s.name)).toEqual(['开源模型', '其他模型', '产业事件'])
    expect(o.series[0]!.stack).toBe(o.series[1]!.stack)
    expect(o.xAxis.data).toEqual(d.years.map(String))
  })
  it('lists the open-source releases oldest first with vendor and model names', () => {
    const list = openSourceReleases(r.events, new Map(r.vendors.map((v) => [v.id, v])), new Map(r.models.map((m) => [m.id, m])))
    expect(list.map((e) => e.date)).toEqual(['2022-08', '2023-06', '2023-10', '2023-11', '2023-12'])
    expect(list[0]!.models.map((m) => m.name)).toEqual(['GLM-130B'])
    expect(list[0]!.vendor?.name).toBe('清华大学')
    expect(list.at(-1)!.models.map((m) => m.name)).toEqual(['Qwen-72B', 'Qwen-1.8B', 'Qwen-Audio'])
    expect(list.every((e) => e.vendor !== null)).toBe(true)
  })
  it('handles no data', () => {
    expect(releasesPerYear([], [])).toEqual({ years: [], openModels: [], otherModels: [], events: [], undatedModels: 0 })
    expect(categoryOption([], String, colors).series[0]!.data).toEqual([])
  })
})
