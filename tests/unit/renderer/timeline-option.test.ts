// The timeline's option builder: lanes, placement of partial dates, the vendor lane, periods as
// ranges, colour views, escaped tooltips, and the windowed series at scale (counts by month or
// year that turn back into points when zoomed in).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { formatPartialDate } from '@shared/dates/partial-date'
import { bundleSchema } from '@shared/bundle/schema'
import { toLite, type PolicyLite } from '@shared/policy/lite'
import {
  buildTimelineOption,
  DEFAULT_VIEW,
  FIVE_YEAR_PLANS,
  gridFor,
  FOCUS_SERIES_INDEX,
  policiesInSpan,
  tooltipHtml,
  type TimelineBuild,
  type TimelineColors,
  type TimelineItem,
  type TimelineLabels,
  type TimelinePoint,
} from '../../../src/renderer/charts/timeline-option'

const bundle = bundleSchema.parse(JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8')))
const lites = bundle.records.policies.map(toLite)
const labels: TimelineLabels = {
  national: '国家',
  eventsCn: '产业事件·国内',
  eventsGlobal: '产业事件·国外',
  vendors: '厂商·模型',
  noIssuer: '未注明发文机关',
  noTopic: '未标注主题',
  fmtDate: (s) => formatPartialDate(s, 'zh-CN') ?? '未知',
  level: (l) => l,
  field: (f) => ({ validity: '有效期', commentPeriod: '征求意见期' })[f as string] ?? f,
}
const colors: TimelineColors = { national: 'red', local: 'blue', event: 'gold', vendor: 'green', text: '#000', muted: '#666', grid: '#ddd', focus: 'navy' }
const records = { policies: lites, events: bundle.records.events, models: bundle.records.models }

type Series = { id: string; type: string; data: unknown; large?: boolean; markArea?: { data: unknown[] }; markLine?: { data: unknown } }
const seriesOf = (b: TimelineBuild) => b.option.series as unknown as Series[]
const allPoints = (b: TimelineBuild): TimelinePoint[] => Array.from({ length: b.model.size }, (_, i) => b.point(i))
/** Every drawn item of the series with this id, with what the chart would show for it. */
function items(b: TimelineBuild, id: string): { data: unknown; item: TimelineItem }[] {
  const series = seriesOf(b)
  const s = series.findIndex((x) => x.id === id)
  const data = series[s]!.data as ArrayLike<unknown>
  const n = data instanceof Float64Array ? data.length / 2 : data.length
  return Array.from({ length: n }, (_, k) => ({ data: data instanceof Float64Array ? [data[2 * k], data[2 * k + 1]] : data[k], item: b.itemAt(id, k)! }))
}
const pointOf = (it: TimelineItem) => (it.type === 'point' ? it.point : null)

describe('timeline option', () => {
  const built = buildTimelineOption(records, labels, colors)
  const points = allPoints(built)

  it('puts national policies in the first lane, each local region in its own, vendors and models last', () => {
    expect(built.lanes[0]).toBe('国家')
    for (const region of ['北京市', '上海市', '深圳市', '安徽省', '成都市', '杭州市', '福建省', '广东省']) expect(built.lanes).toContain(region)
    expect(built.lanes.indexOf('安徽省')).toBeLessThan(built.lanes.indexOf('深圳市'))
    // Every event of the default data names its vendor: the event lanes are empty and left out.
    expect(built.lanes.at(-1)).toBe('厂商·模型')
    expect(built.lanes).not.toContain('产业事件·国内')
    const plan2017 = points.find((p) => p.name.includes('新一代人工智能发展规划'))!
    expect(plan2017.value).toEqual([Date.UTC(2017, 0, 1), 0])
  })

  it('marks "2023 or later" dates as approximate and skips undated records', () => {
    const beijing = points.find((p) => p.kind === 'policy' && built.lanes[p.value[1]] === '北京市')!
    expect(beijing.approximate).toBe(true)
    expect(beijing.date).toBe('2023年以来')
    const undated = lites.filter((p) => !p.issued).length
    expect(points.filter((p) => p.kind === 'policy')).toHaveLength(lites.length - undated)
  })

  it('zooms with an inside and a slider data zoom, and draws few points one by one with labels', () => {
    expect(built.option.dataZoom.map((z) => z.type)).toEqual(['inside', 'slider'])
    expect(built.windowed).toBe(false)
    const detail = items(built, 'detail')
    expect(detail).toHaveLength(built.model.size)
    const plan = detail.find((d) => pointOf(d.item)?.id === 'pol-cn-2017-new-generation-ai-plan')!
    expect(plan.data).toMatchObject({ label: { show: true, formatter: '新一代人工智能发展规划' } })
  })

  it('puts the keyboard’s ring first, so it keeps its series index when a zoom replaces the others', () => {
    expect(seriesOf(built)[FOCUS_SERIES_INDEX]!.id).toBe('focus')
    expect(built.itemAt('focus', 0)).toBeUndefined()
    const ring = built.focus(3) as { data: number[][] }
    expect(ring.data).toEqual([built.point(3).value])
    expect(pointOf(built.itemAt('focus', 0)!)).toEqual(built.point(3))
    built.focus(null)
  })

  it('escapes record text in tooltips', () => {
    const html = tooltipHtml({ ...points[0]!, name: '<img src=x onerror=alert(1)>', detail: '"&', dates: [{ label: '<b>', value: '&' }] })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&quot;&amp;')
  })
})

describe('the vendors-and-models lane', () => {
  const built = buildTimelineOption(records, labels, colors)
  const vendorLane = built.lanes.indexOf('厂商·模型')
  const inLane = allPoints(built).filter((p) => p.value[1] === vendorLane)

  it('holds model releases (one point per vendor and date) and vendor events, each leading to its vendor', () => {
    const qwen = inLane.find((p) => p.name.includes('Qwen-72B'))!
    expect(qwen).toMatchObject({ kind: 'model', vendorId: 'ven-alibaba-cloud', value: [Date.UTC(2023, 11, 1), vendorLane] })
    expect(qwen.name).toBe('Qwen-72B、Qwen-1.8B、Qwen-Audio')
    // The event that announced a release is folded into it, not drawn twice.
    const glm = inLane.filter((p) => p.name.includes('GLM-130B'))
    expect(glm).toHaveLength(1)
    expect(glm[0]).toMatchObject({ kind: 'model', vendorId: 'ven-tsinghua' })
    expect(glm[0]!.detail).toContain('清华大学开源GLM-130B')
    // An event with a vendor and no release of its own stays an event, in the same lane.
    expect(inLane.find((p) => p.id === 'evt-global-2017-transformer')).toMatchObject({ kind: 'event', vendorId: 'ven-google' })
    // Undated models have no place on the axis.
    expect(inLane.some((p) => p.name === '文心一言')).toBe(false)
  })

  it('keeps events without a vendor in the event lane of their scope', () => {
    const events = [...bundle.records.events, { ...bundle.records.events[0]!, id: 'evt-cn-x', scope: 'cn' as const, vendorId: null, modelIds: [] }]
    const b = buildTimelineOption({ ...records, events }, labels, colors)
    expect(b.lanes.slice(-2)).toEqual(['厂商·模型', '产业事件·国内'])
    expect(allPoints(b).find((p) => p.id === 'evt-cn-x')!.value[1]).toBe(b.lanes.length - 1)
  })
})

describe('timeline lanes by grouping', () => {
  const mk = (id: string, over: Partial<PolicyLite>): PolicyLite => ({ ...lites[4]!, id, aliases: [], ...over })
  const sample = [
    mk('a', { level: 'municipal', regionCode: '440300', regionName: '深圳市', issuers: ['深圳市人民政府'], topics: ['compute'] }),
    mk('b', { level: 'provincial', regionCode: '440000', regionName: '广东省', issuers: ['广东省人民政府', '广东省科学技术厅'], topics: ['data', 'compute'] }),
    mk('c', { level: 'provincial', regionCode: '110000', regionName: '北京市', issuers: [], topics: [] }),
    mk('d', { level: 'municipal', regionCode: '510100', regionName: '成都市', issuers: ['成都市人民政府'], topics: ['models'] }),
    mk('e', { level: 'national', regionCode: null, regionName: '全国', issuers: ['国务院', '国家发展和改革委员会'], topics: ['talent'] }),
    mk('f', { level: 'provincial', regionCode: '440000', regionName: '广东省', issuers: ['广东省人民政府'], topics: ['data'] }),
  ]
  const build = (groupBy: 'level' | 'issuer' | 'region' | 'topic') =>
    buildTimelineOption({ policies: sample }, labels, colors, { ...DEFAULT_VIEW, groupBy, category: (_b, k) => `«${k}»` })
  const lanesOf = (b: TimelineBuild, id: string) => allPoints(b).filter((p) => p.id === id).map((p) => b.lanes[p.value[1]])

  it('by level: national, then each province with its cities after it, indented under it', () => {
    const b = build('level')
    expect(b.lanes).toEqual(['国家', '北京市', '广东省', '深圳市', '成都市'])
    const formatter = (b.option.yAxis.axisLabel as { formatter: (n: string, i: number) => string }).formatter
    expect(b.lanes.map((n, i) => formatter(n, i))).toEqual(['国家', '北京市', '广东省', '└ 深圳市', '成都市'])
  })

  it('by issuer: a joint issuance sits in each issuer’s lane; central issuers first, none last', () => {
    const b = build('issuer')
    expect(b.lanes.slice(0, 2).sort()).toEqual(['国务院', '国家发展和改革委员会'].sort())
    // Then provincial issuers, the busiest first, then cities' issuers.
    expect(b.lanes.slice(2)).toEqual(['广东省人民政府', '广东省科学技术厅', '成都市人民政府', '深圳市人民政府', '未注明发文机关'])
    expect(lanesOf(b, 'b')).toEqual(['广东省人民政府', '广东省科学技术厅'])
    expect(lanesOf(b, 'e').sort()).toEqual(['国务院', '国家发展和改革委员会'].sort())
    expect(lanesOf(b, 'c')).toEqual(['未注明发文机关'])
    // Brushing counts a joint issuance once.
    expect(policiesInSpan(b.model, -Infinity, Infinity).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
  })

  it('make room for long lane names, within limits', () => {
    const lane = (name: string) => ({ name, nested: false })
    expect(gridFor([lane('国家'), lane('北京市')]).left).toBe(120)
    expect(gridFor([lane('新疆维吾尔自治区发展和改革委员会')]).left).toBe(200)
    expect(gridFor([lane('Ministry of Industry')]).left).toBe(20 * 7 + 18)
  })

  it('by region: national first, then one lane per province with its cities folded in', () => {
    const b = build('region')
    expect(b.lanes).toEqual(['国家', '北京市', '广东省', '四川省'])
    expect(lanesOf(b, 'a')).toEqual(['广东省'])
    expect(lanesOf(b, 'd')).toEqual(['四川省'])
  })

  it('by topic: topics in their fixed order, a policy in each of its topics, none last', () => {
    const b = build('topic')
    expect(b.lanes).toEqual(['«compute»', '«data»', '«models»', '«talent»', '未标注主题'])
    expect(lanesOf(b, 'b').sort()).toEqual(['«compute»', '«data»'])
    expect(lanesOf(b, 'c')).toEqual(['未标注主题'])
  })
})

describe('validity and comment periods', () => {
  it('are drawn as ranges in the policy’s lane, and listed in its tooltip', () => {
    const p = { ...lites[0]!, validity: { from: '2023', to: '2025' }, commentPeriod: { from: '2023-04-11', to: '2023-05-10' } }
    const b = buildTimelineOption({ policies: [p, ...lites.slice(1)] }, labels, colors)
    const ranges = items(b, 'ranges')
    expect(ranges.map((r) => (r.data as { value: number[] }).value)).toEqual([
      [Date.UTC(2023, 0, 1), Date.UTC(2026, 0, 1) - 1, 0, 0],
      [Date.UTC(2023, 3, 11), Date.UTC(2023, 4, 11) - 1, 0, 1],
    ])
    // Hovering a range shows its policy.
    expect(pointOf(ranges[1]!.item)!.id).toBe(p.id)
    expect(tooltipHtml(pointOf(ranges[1]!.item)!)).toContain('征求意见期：2023年4月11日 — 2023年5月10日')
    // Ranges are drawn under the points.
    const z = (id: string) => (seriesOf(b).find((s) => s.id === id) as { z?: number }).z ?? 2
    expect(z('ranges')).toBeLessThan(z('detail'))
  })
})

describe('timeline views', () => {
  const asOf2020 = Date.UTC(2020, 5, 1)
  const category = (_by: string, key: string) => `<${key}>`

  it('colours by topic with one legend entry per first topic', () => {
    const built = buildTimelineOption({ policies: lites }, labels, colors, { ...DEFAULT_VIEW, colorBy: 'topic', category })
    const firstTopics = new Set(lites.filter((p) => p.issued).map((p) => p.topics[0] ?? '∅'))
    expect(built.legend.map((l) => l.key).sort()).toEqual([...firstTopics].sort())
    expect(built.legend[0]!.label).toMatch(/^<.*>$/)
  })

  it('as of a day, dims what was not yet issued and draws the day', () => {
    const built = buildTimelineOption({ policies: lites }, labels, colors, { ...DEFAULT_VIEW, asOf: asOf2020, category })
    const detail = items(built, 'detail')
    const opacity = (id: string) => (detail.find((d) => pointOf(d.item)?.id === id)!.data as { itemStyle: { opacity: number } }).itemStyle.opacity
    expect(opacity('pol-cn-2017-new-generation-ai-plan')).toBe(1)
    expect(opacity('pol-cn-2022-ai-scenario-innovation-guideline')).toBeLessThan(0.5)
    expect(seriesOf(built).find((s) => s.id === 'marks')!.markLine?.data).toEqual([{ xAxis: asOf2020 }])
  })

  it('shows plan periods as bands and finds the policies in a brushed span', () => {
    const built = buildTimelineOption({ policies: lites }, labels, colors, { ...DEFAULT_VIEW, eras: FIVE_YEAR_PLANS, category })
    expect(seriesOf(built).find((s) => s.id === 'marks')!.markArea!.data).toHaveLength(2)
    expect(policiesInSpan(built.model, Date.UTC(2021, 0, 1), Date.UTC(2022, 11, 31))).toEqual(['pol-cn-2022-ai-scenario-innovation-guideline'])
  })
})

describe('timeline at scale', () => {
  // 12,000 policies over ten years: 9,000 national, 3,000 spread over 60 cities, evenly in time.
  const base = lites[0]!
  const day = (k: number, n: number) => new Date(Date.UTC(2015, 0, 1) + Math.floor((k * 3652) / n) * 86_400_000).toISOString().slice(0, 10)
  const many: PolicyLite[] = [
    ...Array.from({ length: 9000 }, (_, i) => ({ ...base, id: `pol-n${i}`, issued: day(i, 9000) })),
    ...Array.from({ length: 3000 }, (_, i) => {
      const city = i % 60
      return { ...base, id: `pol-c${i}`, issued: day(i, 3000), level: 'municipal' as const, regionCode: `44${String(city + 1).padStart(2, '0')}00`, regionName: `城市${city}` }
    }),
  ]
  const built = buildTimelineOption({ policies: many }, labels, colors, DEFAULT_VIEW, { width: 1200, height: 460 })
  const win = built.window
  const counted = (series: Record<string, unknown>[]) =>
    series.reduce((n, s) => {
      if (s['id'] === 'bins') return n + (s['data'] as { value: number[] }[]).reduce((m, d) => m + d.value[2]!, 0)
      if (s['id'] === 'detail') return n + (s['data'] as unknown[]).length
      return String(s['id']).startsWith('points-') ? n + (s['data'] as Float64Array).length / 2 : n
    }, 0)

  it('bins crowded lanes by year, draws the others point by point, and the counts add up', () => {
    expect(built.windowed).toBe(true)
    expect(built.plan()).toMatchObject({ mode: 'mixed', unit: 'year' })
    expect(built.plan().dense[0]).toBe(1)
    const national = items(built, 'bins').map((b) => b.item).filter((b) => b.type === 'bin' && b.lane === 0)
    expect(national).toHaveLength(10)
    expect(national.reduce((n, b) => n + (b.type === 'bin' ? b.count : 0), 0)).toBe(9000)
    // The lanes on screen (a slider scrolls the others): their points, binned or not, all counted.
    const onScreen = allPoints(built).filter((p) => p.value[1] >= win.laneFrom && p.value[1] <= win.laneTo).length
    expect(counted(built.option.series)).toBe(onScreen)
    expect(built.option.dataZoom.map((z) => z.id)).toEqual(['x-inside', 'x-slider', 'y-slider'])
  })

  it('finds the point behind a click in the typed-array series, and a count behind a count', () => {
    const sparse = seriesOf(built).find((x) => x.id.startsWith('points-'))!
    const data = sparse.data as Float64Array
    expect(data).toBeInstanceOf(Float64Array)
    const item = built.itemAt(sparse.id, 0)
    expect(item?.type === 'point' && item.point.value).toEqual([data[0], data[1]])
    expect(items(built, 'bins')[0]!.item).toMatchObject({ type: 'bin', lane: 0, unit: 'year', from: Date.UTC(2015, 0, 1), to: Date.UTC(2016, 0, 1) - 1 })
  })

  it('zoomed in, counts go by month, then turn back into points, then into labelled points', () => {
    built.seriesFor({ ...win, from: Date.UTC(2019, 0, 1), to: Date.UTC(2020, 11, 31) })
    expect(built.plan()).toMatchObject({ mode: 'mixed', unit: 'month' })
    expect(built.plan().dense[0]).toBe(1)
    // 36 days: about 90 national points, below the lane's limit (a point per 10 px), too many for labels.
    const weeks = built.seriesFor({ ...win, from: Date.UTC(2019, 2, 1), to: Date.UTC(2019, 3, 5) })
    expect(built.plan().mode).toBe('mixed')
    expect(built.plan().counts[0]).toBeGreaterThan(80)
    expect(built.plan().dense.every((d) => d === 0)).toBe(true)
    expect(weeks.some((s) => s['id'] === 'bins')).toBe(false)
    expect(counted(weeks)).toBeGreaterThanOrEqual(built.plan().total)
    // The national lane's points come unlabelled from typed arrays; the cities, with a point or
    // two each in view, show their titles.
    expect(built.plan().labelled[0]).toBe(0)
    const cities = weeks.find((s) => s['id'] === 'detail') as { data: { value: number[]; label: { show: boolean } }[] }
    expect(cities.data.length).toBeGreaterThan(0)
    expect(cities.data.every((d) => d.value[1]! > 0 && d.label.show)).toBe(true)
    // Ten days: few enough to label.
    const days = built.seriesFor({ ...win, from: Date.UTC(2019, 2, 1), to: Date.UTC(2019, 2, 10) })
    expect(built.plan().mode).toBe('labels')
    const detail = days.find((s) => s['id'] === 'detail') as { data: { label: { show: boolean } }[] }
    expect(detail.data.length).toBeGreaterThanOrEqual(built.plan().total)
    expect(detail.data.every((d) => d.label.show)).toBe(true)
  })
})
