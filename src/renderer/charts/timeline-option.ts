// The policy timeline as an ECharts option: national and local policies in separate lanes,
// industry events below, zoomable in time. Pure, so it is unit-tested without a canvas.
import { parsePartialDate, partialDateStart } from '@shared/dates/partial-date'
import type { PolicyEvent } from '@shared/model/records'
import type { PolicyLite } from '@shared/policy/lite'
import { escapeHtml } from '@shared/text/escape'
import { divisionLevel, provinceOf } from '@shared/regions/gbt2260'
import { statusAsOf, type AsOfStatus } from '@shared/policy/status'

export interface TimelineLabels {
  national: string
  eventsCn: string
  eventsGlobal: string
  fmtDate: (s: string | null) => string
  level: (l: string) => string
}
export interface TimelinePoint {
  value: [number, number]
  id: string
  kind: 'policy' | 'event'
  name: string
  /** Shown beside the marker: an alias or a shortened title. */
  short: string
  date: string
  detail: string
  approximate: boolean
}
export interface TimelineColors {
  national: string
  local: string
  event: string
  text: string
  muted: string
  grid: string
}

const LOCAL_LEVEL_ORDER = ['ministry', 'provincial', 'municipal', 'district']

export interface LaneInfo {
  name: string
  nested: boolean
}

/**
 * Lanes top to bottom: national, then local regions grouped by province (a province's own
 * lane first, its cities after it), then events. City lanes are marked for indenting.
 */
export function laneInfo(policies: PolicyLite[], labels: TimelineLabels): LaneInfo[] {
  const regions = new Map<string, { province: string; rank: number; nested: boolean }>()
  for (const p of policies) {
    if (p.level === 'national') continue
    const rank = LOCAL_LEVEL_ORDER.indexOf(p.level)
    const prev = regions.get(p.regionName)
    if (prev && prev.rank <= rank) continue
    const province = provinceOf(p.regionCode) ?? `~${p.regionName}`
    const nested = p.regionCode !== null && divisionLevel(p.regionCode) !== 'province'
    regions.set(p.regionName, { province, rank, nested })
  }
  const local = [...regions.entries()]
    .sort(([an, a], [bn, b]) => a.province.localeCompare(b.province) || Number(a.nested) - Number(b.nested) || an.localeCompare(bn, 'zh-CN'))
    // A city is indented only under a lane of its own province.
    .map(([name, r]) => ({ name, nested: r.nested && [...regions.values()].some((o) => o.province === r.province && !o.nested) }))
  return [
    { name: labels.national, nested: false },
    ...local,
    { name: labels.eventsCn, nested: false },
    { name: labels.eventsGlobal, nested: false },
  ]
}

export function timelinePoints(policies: PolicyLite[], events: PolicyEvent[], lanes: string[], labels: TimelineLabels): TimelinePoint[] {
  const laneOf = (name: string) => lanes.indexOf(name)
  const points: TimelinePoint[] = []
  for (const p of policies) {
    const x = partialDateStart(p.issued)
    if (x === null) continue
    const lane = p.level === 'national' ? 0 : laneOf(p.regionName)
    points.push({
      value: [x, lane],
      id: p.id,
      kind: 'policy',
      name: p.title,
      short: p.aliases[0] ?? (p.title.length > 14 ? p.title.slice(0, 13) + '…' : p.title),
      date: labels.fmtDate(p.issued),
      detail: p.gist,
      approximate: parsePartialDate(p.issued)?.precision === 'year-or-later',
    })
  }
  for (const e of events) {
    const x = partialDateStart(e.date)
    if (x === null) continue
    points.push({
      value: [x, laneOf(e.scope === 'cn' ? labels.eventsCn : labels.eventsGlobal)],
      id: e.id,
      kind: 'event',
      name: e.title,
      short: e.title,
      date: labels.fmtDate(e.date),
      detail: e.summary,
      approximate: false,
    })
  }
  return points
}

export function tooltipHtml(p: TimelinePoint): string {
  const detail = p.detail.length > 140 ? p.detail.slice(0, 140) + '…' : p.detail
  return `<div style="max-width:320px;white-space:normal"><strong>${escapeHtml(p.name)}</strong><br/>` +
    `<span style="opacity:.75">${escapeHtml(p.date)}</span><br/>${escapeHtml(detail)}</div>`
}

export type ColorBy = 'level' | 'topic' | 'status' | 'docType'
export interface TimelineView {
  colorBy: ColorBy
  /** Show what was in force on this day: a marker line, and other policies dimmed. */
  asOf: number | null
  eras: { name: string; from: number; to: number }[]
  /** Names for the colour categories (level names, topic names…). */
  category: (colorBy: ColorBy, key: string) => string
}
export interface LegendEntry {
  key: string
  label: string
  color: string
}

export const LARGE_MODE_THRESHOLD = 3000

const PALETTE = ['#b4232a', '#1f5fa8', '#2e8b57', '#b8860b', '#6a5acd', '#d2691e', '#008b8b', '#8b4513', '#c71585', '#556b2f', '#708090']
const IN_FORCE: ReadonlySet<AsOfStatus> = new Set(['issued', 'in_force', 'amended'])

function categoryOf(p: PolicyLite, by: ColorBy, asOf: number): string {
  if (by === 'level') return p.level
  if (by === 'topic') return p.topics[0] ?? '∅'
  if (by === 'docType') return p.docType ?? '∅'
  return statusAsOf(p, asOf)
}

export function buildTimelineOption(
  policies: PolicyLite[],
  events: PolicyEvent[],
  labels: TimelineLabels,
  colors: TimelineColors,
  view: TimelineView = { colorBy: 'level', asOf: null, eras: [], category: (_b, k) => k },
) {
  const info = laneInfo(policies, labels)
  const lanes = info.map((l) => l.name)
  const points = timelinePoints(policies, events, lanes, labels)
  const eventLane = lanes.length - 2
  const byId = new Map(policies.map((p) => [p.id, p]))
  const day = view.asOf ?? Date.now()
  const keys = [...new Set(policies.map((p) => categoryOf(p, view.colorBy, day)))].sort()
  const legend: LegendEntry[] =
    view.colorBy === 'level'
      ? [
          { key: 'national', label: view.category('level', 'national'), color: colors.national },
          { key: 'local', label: keys.filter((k) => k !== 'national').map((k) => view.category('level', k)).join(' / '), color: colors.local },
        ]
      : keys.map((key, i) => ({ key, label: view.category(view.colorBy, key), color: PALETTE[i % PALETTE.length]! }))
  const colorOfKey = new Map(legend.map((l) => [l.key, l.color]))
  const colorOf = (p: TimelinePoint) => {
    if (p.kind === 'event') return colors.event
    if (view.colorBy === 'level') return p.value[1] === 0 ? colors.national : colors.local
    return colorOfKey.get(categoryOf(byId.get(p.id)!, view.colorBy, day)) ?? colors.muted
  }
  const dimmed = (p: TimelinePoint) => {
    if (view.asOf === null || p.kind === 'event') return p.kind === 'event' && view.asOf !== null && p.value[0] > view.asOf
    return !IN_FORCE.has(statusAsOf(byId.get(p.id)!, view.asOf))
  }
  const xs = points.map((p) => p.value[0])
  const year = 365 * 24 * 3600 * 1000
  const marks = {
    markArea: {
      silent: true,
      itemStyle: { color: colors.grid, opacity: 0.35 },
      label: { color: colors.muted, position: 'insideTop', fontSize: 11 },
      // Alternate shading so neighbouring periods stay apart.
      data: view.eras.map((e, i) => [{ name: e.name, xAxis: e.from, itemStyle: { opacity: i % 2 ? 0.12 : 0.4 } }, { xAxis: e.to }]),
    },
    markLine:
      view.asOf === null
        ? undefined
        : {
            silent: true,
            symbol: 'none',
            lineStyle: { color: colors.national, type: 'dashed', width: 1.5 },
            label: { formatter: labels.fmtDate(new Date(view.asOf).toISOString().slice(0, 10)), color: colors.national },
            data: [{ xAxis: view.asOf }],
          },
  }
  // Past a few thousand points, per-point labels and styles keep ECharts out of its fast
  // large mode: draw one large-mode series per colour instead, without labels.
  const large = points.length > LARGE_MODE_THRESHOLD
  const groups = new Map<string, TimelinePoint[]>()
  if (large) {
    for (const p of points) {
      const key = `${colorOf(p)}|${dimmed(p) ? 1 : 0}|${p.kind}`
      const list = groups.get(key) ?? []
      list.push(p)
      groups.set(key, list)
    }
  }
  const groupList = [...groups.entries()]
  const largeSeries = groupList.map(([key, list]) => {
    const [color, dim, kind] = key.split('|')
    return {
      type: 'scatter',
      large: true,
      largeThreshold: 500,
      symbol: kind === 'event' ? 'diamond' : 'circle',
      symbolSize: kind === 'event' ? 7 : 8,
      itemStyle: { color, opacity: dim === '1' ? 0.18 : 0.85 },
      data: list.map((p) => p.value),
      cursor: 'pointer',
    }
  })
  // Bands and the as-of line ride on an empty series after the point series.
  const largeWithMarks = [...largeSeries, { type: 'scatter', data: [], silent: true, ...marks }]
  const detailedSeries = [
    {
      type: 'scatter',
      name: 'timeline',
      data: points.map((p) => ({
        ...p,
        symbol: p.kind === 'event' ? 'diamond' : p.approximate ? 'path://M0,0 L10,5 L0,10 Z' : 'circle',
        symbolSize: p.kind === 'event' ? 11 : 15,
        itemStyle: { color: colorOf(p), opacity: dimmed(p) ? 0.18 : p.approximate ? 0.75 : 1 },
        label: {
          show: p.value[1] < eventLane,
          position: 'right',
          color: colors.text,
          fontSize: 11,
          formatter: p.value[1] === 0 ? p.short : p.date,
        },
      })),
      emphasis: { scale: 1.4 },
      cursor: 'pointer',
      ...marks,
    },
  ]
  /** The point behind a click, in either drawing mode. */
  const pointAt = (seriesIndex: number, dataIndex: number): TimelinePoint | undefined =>
    large ? groupList[seriesIndex]?.[1][dataIndex] : points[dataIndex]
  return {
    lanes,
    points,
    legend,
    large,
    pointAt,
    option: {
      animation: false,
      grid: { left: 120, right: 40, top: 20, bottom: 70 },
      tooltip: { trigger: 'item', confine: true, formatter: (params: { data: TimelinePoint }) => tooltipHtml(params.data) },
      xAxis: {
        type: 'time',
        min: xs.length ? Math.min(...xs) - year : undefined,
        max: xs.length ? Math.max(...xs) + year : undefined,
        axisLabel: { color: colors.muted },
        splitLine: { show: true, lineStyle: { color: colors.grid } },
      },
      yAxis: {
        type: 'category',
        data: lanes,
        inverse: true,
        // Cities sit under their province, indented.
        axisLabel: { color: colors.text, fontSize: 12, formatter: (name: string, i: number) => (info[i]?.nested ? `└ ${name}` : name) },
        axisTick: { show: false },
        splitLine: { show: true, lineStyle: { color: colors.grid } },
        splitArea: { show: false },
      },
      dataZoom: [
        { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' },
        { type: 'slider', xAxisIndex: 0, height: 22, bottom: 20, filterMode: 'weakFilter' },
      ],
      series: large ? largeWithMarks : detailedSeries,
      // Brush a span of time to select the policies in it.
      brush: { xAxisIndex: 0, brushType: 'lineX', throttleType: 'debounce', throttleDelay: 200, brushStyle: { color: 'rgba(31,95,168,0.12)', borderColor: colors.local } },
      toolbox: { show: false },
    },
  }
}

/** Ids of the policies whose issue date falls in [from, to]. */
export function policiesInSpan(points: TimelinePoint[], from: number, to: number): string[] {
  return points.filter((p) => p.kind === 'policy' && p.value[0] >= from && p.value[0] <= to).map((p) => p.id)
}

/** Five-year-plan periods, as reference bands on the axis. */
export const FIVE_YEAR_PLANS = [
  { name: '十三五', from: Date.UTC(2016, 0, 1), to: Date.UTC(2021, 0, 1) },
  { name: '十四五', from: Date.UTC(2021, 0, 1), to: Date.UTC(2026, 0, 1) },
]
