// The timeline's option builder: lanes, placement of partial dates, escaped tooltips.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { formatPartialDate } from '@shared/dates/partial-date'
import { bundleSchema } from '@shared/bundle/schema'
import { toLite } from '@shared/policy/lite'
import { buildTimelineOption, tooltipHtml, type TimelineColors, type TimelineLabels } from '../../../src/renderer/charts/timeline-option'

const bundle = bundleSchema.parse(JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8')))
const lites = bundle.records.policies.map(toLite)
const labels: TimelineLabels = {
  national: '国家',
  eventsCn: '产业事件·国内',
  eventsGlobal: '产业事件·国外',
  fmtDate: (s) => formatPartialDate(s, 'zh-CN') ?? '未知',
  level: (l) => l,
}
const colors: TimelineColors = { national: 'red', local: 'blue', event: 'gold', text: '#000', muted: '#666', grid: '#ddd' }

describe('timeline option', () => {
  const { lanes, points, option } = buildTimelineOption(lites, bundle.records.events, labels, colors)

  it('puts national policies in the first lane, each local region in its own, events last', () => {
    expect(lanes[0]).toBe('国家')
    expect(lanes.slice(-2)).toEqual(['产业事件·国内', '产业事件·国外'])
    for (const region of ['北京市', '上海市', '深圳市', '安徽省', '成都市', '杭州市', '福建省', '广东省']) expect(lanes).toContain(region)
    expect(lanes.indexOf('安徽省')).toBeLessThan(lanes.indexOf('深圳市'))
    const plan2017 = points.find((p) => p.name.includes('新一代人工智能发展规划'))!
    expect(plan2017.value).toEqual([Date.UTC(2017, 0, 1), 0])
  })

  it('marks "2023 or later" dates as approximate and skips undated records', () => {
    const beijing = points.find((p) => p.kind === 'policy' && lanes[p.value[1]] === '北京市')!
    expect(beijing.approximate).toBe(true)
    expect(beijing.date).toBe('2023年以来')
    const undated = lites.filter((p) => !p.issued).length
    expect(points.filter((p) => p.kind === 'policy')).toHaveLength(lites.length - undated)
  })

  it('zooms with an inside and a slider data zoom', () => {
    expect(option.dataZoom.map((z) => z.type)).toEqual(['inside', 'slider'])
  })

  it('escapes record text in tooltips', () => {
    const html = tooltipHtml({ ...points[0]!, name: '<img src=x onerror=alert(1)>', detail: '"&' })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&quot;&amp;')
  })
})

describe('timeline lanes by province', () => {
  it('puts each city right after its province, indented under it when the province has a lane', async () => {
    const { laneInfo } = await import('../../../src/renderer/charts/timeline-option')
    const mk = (id: string, level: 'provincial' | 'municipal', regionCode: string, regionName: string) =>
      ({ ...lites[4]!, id, level, regionCode, regionName })
    const lanes = laneInfo(
      [mk('a', 'municipal', '440300', '深圳市'), mk('b', 'provincial', '440000', '广东省'), mk('c', 'provincial', '110000', '北京市'), mk('d', 'municipal', '510100', '成都市')],
      labels,
    )
    expect(lanes.map((l) => [l.name, l.nested])).toEqual([
      ['国家', false],
      ['北京市', false],
      ['广东省', false],
      ['深圳市', true],
      ['成都市', false],
      ['产业事件·国内', false],
      ['产业事件·国外', false],
    ])
  })
})

describe('timeline views', () => {
  const asOf2020 = Date.UTC(2020, 5, 1)
  const category = (_by: string, key: string) => `<${key}>`

  it('colours by topic with one legend entry per first topic', async () => {
    const { buildTimelineOption } = await import('../../../src/renderer/charts/timeline-option')
    const built = buildTimelineOption(lites, [], labels, colors, { colorBy: 'topic', asOf: null, eras: [], category })
    const firstTopics = new Set(lites.map((p) => p.topics[0] ?? '∅'))
    expect(built.legend.map((l) => l.key).sort()).toEqual([...firstTopics].sort())
    expect(built.legend[0]!.label).toMatch(/^<.*>$/)
  })

  it('as of a day, dims what was not yet issued and draws the day', async () => {
    const { buildTimelineOption } = await import('../../../src/renderer/charts/timeline-option')
    const built = buildTimelineOption(lites, [], labels, colors, { colorBy: 'level', asOf: asOf2020, eras: [], category })
    const series = built.option.series[0] as unknown as { data: { id: string; itemStyle: { opacity: number } }[]; markLine?: { data: unknown } }
    const opacity = (id: string) => series.data.find((d) => d.id === id)!.itemStyle.opacity
    expect(opacity('pol-cn-2017-new-generation-ai-plan')).toBe(1)
    expect(opacity('pol-cn-2022-ai-scenario-innovation-guideline')).toBeLessThan(0.5)
    expect(series.markLine?.data).toEqual([{ xAxis: asOf2020 }])
  })

  it('shows plan periods as bands and finds the policies in a brushed span', async () => {
    const { buildTimelineOption, policiesInSpan, FIVE_YEAR_PLANS } = await import('../../../src/renderer/charts/timeline-option')
    const built = buildTimelineOption(lites, [], labels, colors, { colorBy: 'level', asOf: null, eras: FIVE_YEAR_PLANS, category })
    expect((built.option.series[0] as unknown as { markArea: { data: unknown[] } }).markArea.data).toHaveLength(2)
    const ids = policiesInSpan(built.points, Date.UTC(2021, 0, 1), Date.UTC(2022, 11, 31))
    expect(ids).toEqual(['pol-cn-2022-ai-scenario-innovation-guideline'])
  })
})

describe('timeline at scale', () => {
  it('past the threshold, draws large-mode series per colour without labels, and still finds clicked points', async () => {
    const { buildTimelineOption, LARGE_MODE_THRESHOLD } = await import('../../../src/renderer/charts/timeline-option')
    const base = lites[0]!
    const many = Array.from({ length: LARGE_MODE_THRESHOLD + 1 }, (_, i) => ({ ...base, id: `pol-${i}`, issued: `${2015 + (i % 10)}` }))
    const built = buildTimelineOption(many, bundle.records.events, labels, colors)
    expect(built.large).toBe(true)
    const series = built.option.series as unknown as { large?: boolean; data: unknown[]; label?: unknown; markArea?: unknown }[]
    const pointSeries = series.filter((x) => x.large)
    expect(pointSeries.length).toBeGreaterThanOrEqual(2)
    expect(pointSeries.every((x) => x.label === undefined)).toBe(true)
    expect(pointSeries.reduce((n, x) => n + x.data.length, 0)).toBe(built.points.length)
    expect(series.at(-1)!.markArea).toBeDefined()
    const last = pointSeries.length - 1
    const point = built.pointAt(last, 0)!
    expect(point).toBeDefined()
    expect(pointSeries[last]!.data[0]).toEqual(point.value)
    const small = buildTimelineOption(lites, [], labels, colors)
    expect(small.large).toBe(false)
    expect(small.pointAt(0, 0)).toBe(small.points[0])
  })
})
