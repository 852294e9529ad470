// The policy timeline as ECharts options: lanes (timeline-lanes.ts) and typed-array points
// (timeline-model.ts), then the series for the zoom window. Few points in view: each drawn
// with its title, validity and comment periods as ranges. Many: crowded lanes as counts by
// month or year (timeline-bins.ts), the others point by point. Pure: unit-tested without a canvas.
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from 'echarts'
import { escapeHtml } from '@shared/text/escape'
import { binLanes, planWindow, type BinUnit, type LaneBins, type ViewWindow, type WindowPlan, LABEL_LIMIT } from './timeline-bins'
import type { GroupBy } from './timeline-lanes'
import {
  buildTimelineModel,
  FLAG_APPROXIMATE,
  FLAG_DIMMED,
  KIND_EVENT,
  KIND_MODEL,
  KIND_POLICY,
  NO_CATEGORY,
  pointAt,
  policySpans,
  type ColorBy,
  type PointLabels,
  type TimelineModel,
  type TimelinePoint,
  type TimelineRecords,
} from './timeline-model'

export type { ColorBy, TimelinePoint, TimelineRecords } from './timeline-model'
export type { GroupBy } from './timeline-lanes'
export type { ViewWindow } from './timeline-bins'
export { policiesInSpan } from './timeline-model'

export interface TimelineLabels extends PointLabels {
  national: string
  eventsCn: string
  eventsGlobal: string
  /** The lane of model releases and vendor events. */
  vendors: string
  /** The lanes of policies without an issuer, or without a topic. */
  noIssuer: string
  noTopic: string
  level: (l: string) => string
  /** A bin's count in its tooltip ("1,234 条政策"). */
  count?: (n: number) => string
  /** Under a bin's count: what a click on it does. */
  binHint?: string
}
export interface TimelineColors {
  national: string
  local: string
  event: string
  vendor: string
  text: string
  muted: string
  grid: string
  focus: string
}
export interface TimelineView {
  colorBy: ColorBy
  groupBy: GroupBy
  /** Show what was in force on this day: a marker line, and other policies dimmed. */
  asOf: number | null
  eras: { name: string; from: number; to: number }[]
  /** Names for the colour categories and topic lanes (level names, topic names…). */
  category: (colorBy: ColorBy, key: string) => string
}
export interface LegendEntry {
  key: string
  label: string
  color: string
}

export const DEFAULT_VIEW: TimelineView = { colorBy: 'level', groupBy: 'level', asOf: null, eras: [], category: (_b, k) => k }
export const GRID = { left: 120, right: 40, top: 20, bottom: 70 }
export type Grid = typeof GRID
const MAX_LEFT = 200

/** Room for the lane names: the longest one's estimated width, between 120 and 200 px. */
export function gridFor(lanes: readonly { name: string; nested: boolean }[]): Grid {
  let widest = 0
  for (const l of lanes) {
    let w = l.nested ? 14 : 0
    for (const ch of l.name) w += ch.charCodeAt(0) > 0x2e7f ? 12 : 7
    if (w > widest) widest = w
  }
  return { ...GRID, left: Math.min(MAX_LEFT, Math.max(GRID.left, widest + 18)) }
}
/** Lanes are never drawn thinner than this; past that, a slider scrolls through them. */
export const LANE_MIN_HEIGHT = 22

/** What sits under the mouse or behind a click: a point, or a count of points. */
export type TimelineItem =
  | { type: 'point'; point: TimelinePoint }
  | { type: 'bin'; lane: number; from: number; to: number; count: number; unit: BinUnit }

type SeriesRole = { role: 'points'; map: Uint32Array } | { role: 'bins'; bins: LaneBins }

const PALETTE = ['#b4232a', '#1f5fa8', '#2e8b57', '#b8860b', '#6a5acd', '#d2691e', '#008b8b', '#8b4513', '#c71585', '#556b2f', '#708090']
const DAY = 86_400_000
const YEAR = 365 * DAY
const APPROXIMATE_SYMBOL = 'path://M0,0 L10,5 L0,10 Z'

export function tooltipHtml(p: TimelinePoint): string {
  const detail = p.detail.length > 140 ? p.detail.slice(0, 140) + '…' : p.detail
  const dates = p.dates.map((d) => `<br/><span style="opacity:.75">${escapeHtml(d.label)}：${escapeHtml(d.value)}</span>`).join('')
  return `<div style="max-width:320px;white-space:normal"><strong>${escapeHtml(p.name)}</strong><br/>` +
    `<span style="opacity:.75">${escapeHtml(p.date)}</span>${dates}<br/>${escapeHtml(detail)}</div>`
}

/** A bin's period as a partial date, so it reads like any other date ("2023年", "2023年5月"). */
export function binPeriod(from: number, unit: BinUnit): string {
  const d = new Date(from)
  return unit === 'year' ? String(d.getUTCFullYear()) : `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

const compact = (n: number) => (n < 1000 ? String(n) : n < 10_000 ? `${(n / 1000).toFixed(1)}k` : `${Math.round(n / 1000)}k`)

export interface TimelineBuild {
  model: TimelineModel
  lanes: string[]
  legend: LegendEntry[]
  /** The full option, with the series for `window`. */
  option: ReturnType<typeof baseOption> & { series: Record<string, unknown>[] }
  /** The window the option was built for: everything, the first screenful of lanes. */
  window: ViewWindow
  /** True when the series depend on the zoom window (more than a few points): redo them on zoom. */
  windowed: boolean
  /** The series for a zoom window (replacing all series); what itemAt reads follows. */
  seriesFor: (win: ViewWindow) => Record<string, unknown>[]
  /** How the last series were drawn. */
  plan: () => WindowPlan
  /** What a series item shows, by the series' id (ECharts keeps series indices only while the set is the same). */
  itemAt: (seriesId: string, dataIndex: number) => TimelineItem | undefined
  point: (index: number) => TimelinePoint
  /** Rings a point for the keyboard (null: none); returns the focus series to merge by id. */
  focus: (index: number | null) => Record<string, unknown>
}

/**
 * The keyboard's ring is always the first series: being first, it keeps its index when a zoom
 * replaces the other series, so `showTip` can name it by index.
 */
export const FOCUS_SERIES_INDEX = 0

function baseOption(lanes: { name: string; nested: boolean }[], grid: Grid, extent: [number, number] | null, colors: TimelineColors, maxLanes: number, labels: TimelineLabels) {
  const scroll = lanes.length > maxLanes
  return {
    animation: false,
    grid,
    xAxis: {
      type: 'time',
      min: extent ? extent[0] - YEAR : undefined,
      max: extent ? extent[1] + YEAR : undefined,
      axisLabel: { color: colors.muted },
      splitLine: { show: true, lineStyle: { color: colors.grid } },
    },
    yAxis: {
      type: 'category',
      data: lanes.map((l) => l.name),
      inverse: true,
      // Cities sit under their province, indented.
      axisLabel: { color: colors.text, fontSize: 12, width: grid.left - 14, overflow: 'truncate', formatter: (name: string, i: number) => (lanes[i]?.nested ? `└ ${name}` : name) },
      axisTick: { show: false },
      splitLine: { show: true, lineStyle: { color: colors.grid } },
      splitArea: { show: false },
    },
    dataZoom: [
      { type: 'inside', id: 'x-inside', xAxisIndex: 0, filterMode: 'weakFilter' },
      { type: 'slider', id: 'x-slider', xAxisIndex: 0, height: 22, bottom: 20, filterMode: 'weakFilter', labelFormatter: (v: number) => labels.fmtDate(new Date(v).toISOString().slice(0, 7)) },
      // More lanes than fit: a vertical slider scrolls through them, a screenful at a time.
      ...(scroll
        ? [{ type: 'slider', id: 'y-slider', yAxisIndex: 0, orient: 'vertical', right: 8, width: 14, top: grid.top, bottom: grid.bottom, startValue: 0, endValue: maxLanes - 1, zoomLock: true, showDetail: false, showDataShadow: false, brushSelect: false, filterMode: 'filter' }]
        : []),
    ],
    // Brush a span of time to select the policies in it.
    brush: { xAxisIndex: 0, brushType: 'lineX', throttleType: 'debounce', throttleDelay: 200, brushStyle: { color: 'rgba(31,95,168,0.12)', borderColor: colors.local } },
    toolbox: { show: false },
  }
}

interface CoordSys {
  x: number
  y: number
  width: number
  height: number
}

/** A validity period as a thin solid bar, a comment period as a dashed box, clipped to the plot. */
function renderRange(params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn {
  const lane = Number(api.value(2))
  const comment = Number(api.value(3)) === 1
  const a = api.coord([Number(api.value(0)), lane])
  const b = api.coord([Number(api.value(1)), lane])
  const cs = params.coordSys as unknown as CoordSys
  const x0 = Math.max(a[0]!, cs.x)
  const x1 = Math.min(b[0]!, cs.x + cs.width)
  if (x1 <= x0) return null
  const color = String(api.visual('color'))
  const h = comment ? 14 : 6
  return {
    type: 'rect',
    shape: { x: x0, y: a[1]! - h / 2, width: Math.max(2, x1 - x0), height: h, r: comment ? 3 : 2 },
    style: comment ? { fill: 'none', stroke: color, lineWidth: 1.5, lineDash: [4, 3] } : { fill: color, opacity: 0.3 },
  }
}

export function buildTimelineOption(
  records: TimelineRecords,
  labels: TimelineLabels,
  colors: TimelineColors,
  view: TimelineView = DEFAULT_VIEW,
  size: { width: number; height: number } = { width: 1200, height: 460 },
): TimelineBuild {
  const model = buildTimelineModel(records, {
    groupBy: view.groupBy,
    colorBy: view.colorBy,
    asOf: view.asOf,
    names: { ...labels, topic: (k) => view.category('topic', k) },
  })
  const lanes = model.lanes
  const grid = gridFor(lanes)
  const plotWidth = Math.max(100, size.width - grid.left - grid.right)
  const plotHeight = Math.max(60, size.height - grid.top - grid.bottom)
  const maxLanes = Math.max(3, Math.floor(plotHeight / LANE_MIN_HEIGHT))

  // Colours: the legend's categories in sorted order; by level, national against the rest.
  const keys = [...model.categories].sort()
  const legend: LegendEntry[] =
    view.colorBy === 'level'
      ? [
          { key: 'national', label: view.category('level', 'national'), color: colors.national },
          { key: 'local', label: keys.filter((k) => k !== 'national').map((k) => view.category('level', k)).join(' / '), color: colors.local },
        ]
      : keys.map((key, i) => ({ key, label: view.category(view.colorBy, key), color: PALETTE[i % PALETTE.length]! }))
  const catColor = model.categories.map((k) =>
    view.colorBy === 'level' ? (k === 'national' ? colors.national : colors.local) : (legend.find((l) => l.key === k)?.color ?? colors.muted),
  )
  const colorOf = (i: number) => {
    const k = model.kind[i]
    if (k === KIND_EVENT) return model.lanes[model.lane[i]!]?.kind === 'vendor' ? colors.vendor : colors.event
    if (k === KIND_MODEL) return colors.vendor
    const c = model.cat[i]!
    return c === NO_CATEGORY ? colors.muted : (catColor[c] ?? colors.muted)
  }
  const symbolOf = (i: number, detailed: boolean) => {
    const k = model.kind[i]
    if (k === KIND_EVENT) return 'diamond'
    if (k === KIND_MODEL) return 'roundRect'
    return detailed && model.flags[i]! & FLAG_APPROXIMATE ? APPROXIMATE_SYMBOL : 'circle'
  }
  const dimmed = (i: number) => (model.flags[i]! & FLAG_DIMMED) !== 0

  const marks = {
    markArea: {
      silent: true,
      itemStyle: { color: colors.grid, opacity: 0.35 },
      // Above the plot, clear of the first lane's points.
      label: { color: colors.muted, position: 'top', distance: 3, fontSize: 11 },
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

  const point = (i: number) => pointAt(model, i, labels)
  let roles = new Map<string, SeriesRole>()
  let lastPlan: WindowPlan | null = null
  let focused: number | null = null

  const focusSeries = () => ({
    id: 'focus',
    type: 'scatter',
    z: 10,
    symbol: 'circle',
    symbolSize: 24,
    itemStyle: { color: 'rgba(0,0,0,0)', borderColor: colors.focus, borderWidth: 2.5 },
    emphasis: { scale: 1.2, itemStyle: { borderWidth: 3.5 } },
    cursor: 'pointer',
    data: focused === null ? [] : [[model.x[focused]!, model.lane[focused]!]],
  })

  /**
   * Few points: each as an object with its symbol and title, and its periods as ranges.
   * `compact`: next to lanes drawn from typed arrays, in their smaller size.
   */
  function detailSeries(indices: number[], compact = false): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = []
    const spans: { value: [number, number, number, number]; itemStyle: { color: string } }[] = []
    const spanMap: number[] = []
    for (const i of indices) {
      for (const s of policySpans(model, i)) {
        spans.push({ value: [s.from, s.to, model.lane[i]!, s.kind === 'commentPeriod' ? 1 : 0], itemStyle: { color: colorOf(i) } })
        spanMap.push(i)
      }
    }
    if (spans.length) {
      out.push({ id: 'ranges', type: 'custom', z: 1, renderItem: renderRange, encode: { x: [0, 1], y: 2 }, data: spans, cursor: 'pointer' })
      roles.set('ranges', { role: 'points', map: Uint32Array.from(spanMap) })
    }
    out.push({
      id: 'detail',
      type: 'scatter',
      data: indices.map((i) => {
        const p = point(i)
        const approximate = model.flags[i]! & FLAG_APPROXIMATE
        return {
          value: p.value,
          symbol: symbolOf(i, true),
          symbolSize: compact ? 10 : p.kind === 'event' ? 11 : p.kind === 'model' ? 12 : 15,
          itemStyle: { color: colorOf(i), opacity: dimmed(i) ? 0.18 : approximate ? 0.75 : 1 },
          label: { show: p.kind !== 'event', position: 'right', color: colors.text, fontSize: 11, formatter: p.short, width: 160, overflow: 'truncate' },
        }
      }),
      labelLayout: { hideOverlap: true },
      emphasis: { scale: 1.4 },
      cursor: 'pointer',
    })
    roles.set('detail', { role: 'points', map: Uint32Array.from(indices) })
    return out
  }

  /** Many points: one large-mode series per colour, symbol and dimming, from typed arrays. */
  function pointSeries(plan: WindowPlan, win: ViewWindow): Record<string, unknown>[] {
    // Sparse lanes take their points a window to either side, so a short pan shows no gap.
    const span = win.to - win.from
    const lo = win.from - span
    const hi = win.to + span
    const keyOf = (i: number) => (model.kind[i]! * 256 + model.cat[i]!) * 2 + (dimmed(i) ? 1 : 0)
    const sizes = new Map<number, number>()
    for (let i = 0; i < model.size; i++) {
      const l = model.lane[i]!
      if (l < win.laneFrom || l > win.laneTo || plan.dense[l] || plan.labelled[l] || model.x[i]! < lo || model.x[i]! > hi) continue
      const k = keyOf(i)
      sizes.set(k, (sizes.get(k) ?? 0) + 1)
    }
    const groups = new Map([...sizes].map(([k, n]) => [k, { data: new Float64Array(n * 2), map: new Uint32Array(n), n: 0, first: -1 }]))
    for (let i = 0; i < model.size; i++) {
      const l = model.lane[i]!
      if (l < win.laneFrom || l > win.laneTo || plan.dense[l] || plan.labelled[l] || model.x[i]! < lo || model.x[i]! > hi) continue
      const g = groups.get(keyOf(i))!
      if (g.first < 0) g.first = i
      g.data[g.n * 2] = model.x[i]!
      g.data[g.n * 2 + 1] = l
      g.map[g.n++] = i
    }
    return [...groups].map(([key, g]) => {
      roles.set(`points-${key}`, { role: 'points', map: g.map })
      const kind = model.kind[g.first]
      return {
        id: `points-${key}`,
        type: 'scatter',
        large: true,
        largeThreshold: 2000,
        symbol: symbolOf(g.first, false),
        symbolSize: kind === KIND_POLICY ? 8 : 9,
        itemStyle: { color: colorOf(g.first), opacity: dimmed(g.first) ? 0.18 : 0.85 },
        data: g.data,
        dimensions: ['x', 'y'],
        cursor: 'pointer',
      }
    })
  }

  /** Crowded lanes: one marker per month or year, sized by its count, the count written inside. */
  function binSeries(plan: WindowPlan, win: ViewWindow): Record<string, unknown>[] {
    const bins = binLanes(model, win, plan.dense, plan.unit)
    if (!bins.size) return []
    const laneHeight = win.height / Math.max(1, win.laneTo - win.laneFrom + 1)
    const binWidth = (win.width * (plan.unit === 'year' ? YEAR : YEAR / 12)) / Math.max(DAY, win.to - win.from)
    const max = Math.max(10, Math.min(laneHeight - 3, binWidth - 2, 40))
    const min = Math.min(8, max)
    const sizeOf = (n: number) => min + (max - min) * Math.sqrt(n / bins.max)
    const byLane = view.colorBy === 'level' && view.groupBy !== 'issuer' && view.groupBy !== 'topic'
    roles.set('bins', { role: 'bins', bins })
    return [
      {
        id: 'bins',
        type: 'scatter',
        z: 3,
        data: Array.from({ length: bins.size }, (_, k) => {
          // Drawn where its points are on average, kept in view.
          const x = Math.min(Math.max(bins.at[k]!, win.from), win.to)
          const n = bins.count[k]!
          const size = sizeOf(n)
          return {
            value: [x, bins.lane[k]!, n],
            symbolSize: size,
            itemStyle: { color: byLane && bins.lane[k] === 0 ? colors.national : byLane ? colors.local : colors.muted },
            label: { show: size >= 17, formatter: compact(n) },
          }
        }),
        itemStyle: { opacity: 0.55, borderColor: colors.text, borderWidth: 0.5 },
        label: { position: 'inside', color: colors.text, fontSize: 10 },
        emphasis: { itemStyle: { opacity: 0.8 } },
        cursor: 'zoom-in',
      },
    ]
  }

  const windowed = model.size > LABEL_LIMIT
  function seriesFor(win: ViewWindow): Record<string, unknown>[] {
    roles = new Map()
    const plan = planWindow(model, lanes.length, win)
    lastPlan = plan
    // The keyboard's ring first (see FOCUS_SERIES_INDEX), then bands and the as-of line on an
    // empty series, then the points.
    const series: Record<string, unknown>[] = [focusSeries(), { id: 'marks', type: 'scatter', z: 1, data: [], silent: true, ...marks }]
    if (!windowed) series.push(...detailSeries(Array.from({ length: model.size }, (_, i) => i)))
    else {
      // Lanes with few points in view (all of them, when few are in view at all) show titles,
      // with a little to either side so a short pan shows no gap. Only a little: a crowded
      // stretch may lie just outside.
      const margin = (win.to - win.from) / 10
      const picked: number[] = []
      for (let i = 0; i < model.size; i++) {
        const l = model.lane[i]!
        if (plan.labelled[l] && model.x[i]! >= win.from - margin && model.x[i]! <= win.to + margin) picked.push(i)
      }
      if (plan.mode === 'mixed') series.push(...binSeries(plan, win), ...pointSeries(plan, win))
      if (picked.length) series.push(...detailSeries(picked, plan.mode === 'mixed'))
    }
    return series
  }

  function itemAt(seriesId: string, dataIndex: number): TimelineItem | undefined {
    if (seriesId === 'focus') return focused === null ? undefined : { type: 'point', point: point(focused) }
    const role = roles.get(seriesId)
    if (!role) return undefined
    if (role.role === 'points') {
      const i = role.map[dataIndex]
      return i === undefined ? undefined : { type: 'point', point: point(i) }
    }
    const b = role.bins
    if (dataIndex < 0 || dataIndex >= b.size) return undefined
    return { type: 'bin', lane: b.lane[dataIndex]!, from: b.from[dataIndex]!, to: b.to[dataIndex]!, count: b.count[dataIndex]!, unit: b.unit }
  }

  const itemHtml = (it: TimelineItem) => {
    if (it.type === 'point') return tooltipHtml(it.point)
    const count = labels.count?.(it.count) ?? String(it.count)
    return `<div><strong>${escapeHtml(lanes[it.lane]?.name ?? '')}</strong><br/>${escapeHtml(labels.fmtDate(binPeriod(it.from, it.unit)))}：${escapeHtml(count)}` +
      (labels.binHint ? `<br/><span style="opacity:.75">${escapeHtml(labels.binHint)}</span>` : '') + '</div>'
  }

  const extent = model.extent
  const axis = extent ? [extent[0] - YEAR, extent[1] + YEAR] : [Date.UTC(2015, 0, 1), Date.UTC(2026, 0, 1)]
  const window: ViewWindow = {
    from: axis[0]!,
    to: axis[1]!,
    laneFrom: 0,
    laneTo: Math.min(lanes.length, maxLanes) - 1,
    width: plotWidth,
    height: plotHeight,
  }
  const base = baseOption(lanes, grid, extent, colors, maxLanes, labels)
  const option = {
    ...base,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const p = params as { seriesId?: string; dataIndex?: number }
        const it = itemAt(p.seriesId ?? '', p.dataIndex ?? -1)
        return it ? itemHtml(it) : ''
      },
    },
    series: seriesFor(window),
  }
  return {
    model,
    lanes: lanes.map((l) => l.name),
    legend,
    option,
    window,
    windowed,
    seriesFor,
    plan: () => lastPlan!,
    itemAt,
    point,
    focus: (i) => {
      focused = i
      return focusSeries()
    },
  }
}

/** Five-year-plan periods, as reference bands on the axis. */
export const FIVE_YEAR_PLANS = [
  { name: '十三五', from: Date.UTC(2016, 0, 1), to: Date.UTC(2021, 0, 1) },
  { name: '十四五', from: Date.UTC(2021, 0, 1), to: Date.UTC(2026, 0, 1) },
]
