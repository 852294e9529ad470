// The policy timeline as an ECharts option: national and local policies in separate lanes,
// industry events below, zoomable in time. Pure, so it is unit-tested without a canvas.
import { parsePartialDate, partialDateStart } from '@shared/dates/partial-date'
import type { Policy, PolicyEvent } from '@shared/model/records'
import { escapeHtml } from '@shared/text/escape'
import { divisionLevel, provinceOf } from '@shared/regions/gbt2260'

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

/**
 * Lanes top to bottom: national, then local regions grouped by province (a province's own
 * lane first, its cities after it), then events. City lanes are marked for indenting.
 */
export function timelineLanes(policies: Policy[], labels: TimelineLabels): string[] {
  return laneInfo(policies, labels).map((l) => l.name)
}

export interface LaneInfo {
  name: string
  nested: boolean
}

export function laneInfo(policies: Policy[], labels: TimelineLabels): LaneInfo[] {
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

export function timelinePoints(policies: Policy[], events: PolicyEvent[], lanes: string[], labels: TimelineLabels): TimelinePoint[] {
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
      detail: p.summary,
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

export function buildTimelineOption(policies: Policy[], events: PolicyEvent[], labels: TimelineLabels, colors: TimelineColors) {
  const info = laneInfo(policies, labels)
  const lanes = info.map((l) => l.name)
  const points = timelinePoints(policies, events, lanes, labels)
  const eventLane = lanes.length - 2
  const colorOf = (p: TimelinePoint) => (p.kind === 'event' ? colors.event : p.value[1] === 0 ? colors.national : colors.local)
  const xs = points.map((p) => p.value[0])
  const year = 365 * 24 * 3600 * 1000
  return {
    lanes,
    points,
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
      series: [
        {
          type: 'scatter',
          name: 'timeline',
          data: points.map((p) => ({
            ...p,
            symbol: p.kind === 'event' ? 'diamond' : p.approximate ? 'path://M0,0 L10,5 L0,10 Z' : 'circle',
            symbolSize: p.kind === 'event' ? 11 : 15,
            itemStyle: { color: colorOf(p), opacity: p.approximate ? 0.75 : 1 },
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
        },
      ],
    },
  }
}
