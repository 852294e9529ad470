// Charts for briefings, drawn from the app's data as SVG (ECharts' server-side SVG renderer:
// no canvas, crisp in print). Print colours are fixed, so a dark theme never reaches paper.
import { echarts } from '../../charts/echarts'
import { heatmapOption, yearLevelOption, type ChartColors } from '../../charts/overview-options'
import { parsePartialDate } from '@shared/dates/partial-date'
import { POLICY_LEVELS, TOPICS } from '@shared/model/records'
import type { PolicyLite } from '@shared/policy/lite'
import type { ChartAttrs, ChartKind } from '@shared/briefing/doc-model'
import { tEnum } from '../../i18n'

export const PRINT_COLORS: ChartColors = { text: '#1a1a1a', muted: '#555555', grid: '#d9d9d9', accent: '#b4232a', accent2: '#1f5fa8', low: '#f3f3f3' }
const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif"

export interface ChartParams {
  fromYear: number | null
  level: string | null
}

export function readParams(p: Record<string, string | number | null>): ChartParams {
  const fromYear = typeof p['fromYear'] === 'number' ? p['fromYear'] : null
  const level = typeof p['level'] === 'string' && (POLICY_LEVELS as readonly string[]).includes(p['level']) ? p['level'] : null
  return { fromYear, level }
}

export function selectPolicies(all: readonly PolicyLite[], p: ChartParams): PolicyLite[] {
  return all.filter((x) => {
    if (p.level && x.level !== p.level) return false
    if (p.fromYear !== null) {
      const d = parsePartialDate(x.issued)
      if (!d || d.year < p.fromYear) return false
    }
    return true
  })
}

function countBar(labels: string[], values: number[], c: ChartColors) {
  return {
    animation: false,
    grid: { left: 110, right: 24, top: 12, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: c.muted }, splitLine: { lineStyle: { color: c.grid } } },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { color: c.text } },
    series: [{ type: 'bar', data: values, itemStyle: { color: c.accent2 }, label: { show: true, position: 'right', color: c.text } }],
  }
}

export function chartOption(kind: ChartKind, policies: readonly PolicyLite[], c: ChartColors = PRINT_COLORS): Record<string, unknown> {
  switch (kind) {
    case 'policiesPerYear':
      return yearLevelOption(policies, (l) => tEnum('level', l), c)
    case 'regionTopicHeatmap':
      return heatmapOption(policies, (x) => tEnum('topic', x), c) as Record<string, unknown>
    case 'policiesByLevel': {
      const levels = POLICY_LEVELS.filter((l) => policies.some((p) => p.level === l))
      return countBar(levels.map((l) => tEnum('level', l)), levels.map((l) => policies.filter((p) => p.level === l).length), c)
    }
    case 'topicsBar': {
      const counts = TOPICS.map((tp) => [tp, policies.filter((p) => p.topics.includes(tp)).length] as const).filter(([, n]) => n > 0)
      return countBar(counts.map(([tp]) => tEnum('topic', tp)), counts.map(([, n]) => n), c)
    }
  }
}

export const CHART_SIZE: Record<ChartKind, { width: number; height: number }> = {
  policiesPerYear: { width: 640, height: 300 },
  regionTopicHeatmap: { width: 640, height: 520 },
  policiesByLevel: { width: 640, height: 220 },
  topicsBar: { width: 640, height: 340 },
}

/** The chart as standalone SVG markup. */
export function renderChartSvg(kind: ChartKind, policies: readonly PolicyLite[]): string {
  const { width, height } = CHART_SIZE[kind]
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption({ ...chartOption(kind, policies), textStyle: { fontFamily: FONT }, backgroundColor: '#ffffff' })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}

/** A chart block's attributes, drawn now from `all` with the block's filters. */
export function drawChart(kind: ChartKind, params: Record<string, string | number | null>, caption: string, all: readonly PolicyLite[], frozen = false): ChartAttrs {
  const picked = selectPolicies(all, readParams(params))
  return { chartKind: kind, params, caption, svg: renderChartSvg(kind, picked), frozen, drawnAt: Date.now() }
}
