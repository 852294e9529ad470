// Option builders for the Overview's charts: policies per year by level, a tile map of local
// policy counts by province, a province × topic heat map, and the national → local lineage.
// Pure functions of the records, unit-tested without a canvas.
import { parsePartialDate } from '@shared/dates/partial-date'
import { POLICY_LEVELS, TOPICS } from '@shared/model/records'
import type { PolicyLite } from '@shared/policy/lite'
import { PROVINCES, provinceOf } from '@shared/regions/gbt2260'
import { TILE_GRID } from './tile-grid'

export interface ChartColors {
  text: string
  muted: string
  grid: string
  accent: string
  accent2: string
  low: string
}
type Label = (v: string) => string

/** Counts per issue year and level; undated policies are left out (and counted apart). */
export function perYearByLevel(policies: readonly PolicyLite[]) {
  const years = new Set<number>()
  const counts = new Map<string, number>()
  let undated = 0
  for (const p of policies) {
    const d = parsePartialDate(p.issued)
    if (!d) {
      undated++
      continue
    }
    years.add(d.year)
    counts.set(`${d.year}|${p.level}`, (counts.get(`${d.year}|${p.level}`) ?? 0) + 1)
  }
  const sorted = [...years].sort((a, b) => a - b)
  const all = sorted.length ? Array.from({ length: sorted.at(-1)! - sorted[0]! + 1 }, (_, i) => sorted[0]! + i) : []
  const levels = POLICY_LEVELS.filter((l) => all.some((y) => counts.has(`${y}|${l}`)))
  return { years: all, levels, count: (y: number, l: string) => counts.get(`${y}|${l}`) ?? 0, undated }
}

export function yearLevelOption(policies: readonly PolicyLite[], level: Label, c: ChartColors) {
  const d = perYearByLevel(policies)
  const palette = [c.accent, c.accent2, '#2e8b57', '#b8860b', '#6a5acd']
  return {
    animation: false,
    color: palette,
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: c.text } },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: d.years.map(String), axisLabel: { color: c.muted } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: c.muted }, splitLine: { lineStyle: { color: c.grid } } },
    series: d.levels.map((l) => ({ type: 'bar', stack: 'n', name: level(l), id: l, data: d.years.map((y) => d.count(y, l)) })),
  }
}

/** Local policies per province (cities roll up); national ones are not on the map. */
export function perProvince(policies: readonly PolicyLite[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const p of policies) {
    if (p.level === 'national') continue
    const prov = provinceOf(p.regionCode)
    if (prov) m.set(prov, (m.get(prov) ?? 0) + 1)
  }
  return m
}

/** 黑龙江省 → 黑龙江, 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西, 北京市 → 北京. */
export function shortProvince(name: string): string {
  return name.replace(/(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$/, '')
}

export function tileMapOption(policies: readonly PolicyLite[], c: ChartColors) {
  const counts = perProvince(policies)
  const max = Math.max(1, ...counts.values())
  const data = Object.entries(TILE_GRID).map(([code, [col, row]]) => ({
    value: [col, row, counts.get(code) ?? 0],
    code,
    name: PROVINCES[code]!,
  }))
  return {
    animation: false,
    tooltip: { formatter: (p: { data: { name: string; value: number[] } }) => `${p.data.name}：${p.data.value[2]}` },
    grid: { left: 4, right: 4, top: 4, bottom: 30 },
    xAxis: { type: 'value', min: -0.5, max: 9.5, show: false },
    yAxis: { type: 'value', min: -0.5, max: 8.5, inverse: true, show: false },
    visualMap: { min: 0, max, dimension: 2, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 80, inRange: { color: [c.low, c.accent] }, textStyle: { color: c.muted } },
    series: [
      {
        type: 'scatter',
        symbol: 'roundRect',
        symbolSize: 36,
        data,
        label: { show: true, formatter: (p: { data: { name: string } }) => shortProvince(p.data.name), color: c.text, fontSize: 11 },
        cursor: 'pointer',
      },
    ],
  }
}

/** Provinces with local policies × topics: how often each region addresses each topic. */
export function regionTopicMatrix(policies: readonly PolicyLite[]) {
  const provinces = [...perProvince(policies).keys()].sort()
  const cells = new Map<string, number>()
  for (const p of policies) {
    const prov = p.level === 'national' ? null : provinceOf(p.regionCode)
    if (!prov) continue
    for (const t of p.topics) cells.set(`${prov}|${t}`, (cells.get(`${prov}|${t}`) ?? 0) + 1)
  }
  const topics = TOPICS.filter((t) => provinces.some((p) => cells.has(`${p}|${t}`)))
  return { provinces, topics, count: (p: string, t: string) => cells.get(`${p}|${t}`) ?? 0 }
}

export function heatmapOption(policies: readonly PolicyLite[], topic: Label, c: ChartColors) {
  const m = regionTopicMatrix(policies)
  const data: [number, number, number][] = []
  m.provinces.forEach((p, y) => m.topics.forEach((t, x) => data.push([x, y, m.count(p, t)])))
  return {
    animation: false,
    tooltip: { position: 'top' },
    grid: { left: 90, right: 16, top: 8, bottom: 50 },
    xAxis: { type: 'category', data: m.topics.map(topic), axisLabel: { color: c.muted, interval: 0, rotate: 30 }, splitArea: { show: true } },
    yAxis: { type: 'category', data: m.provinces.map((p) => PROVINCES[p]!), axisLabel: { color: c.text }, splitArea: { show: true } },
    visualMap: { min: 0, max: Math.max(1, ...data.map((d) => d[2])), show: false, inRange: { color: [c.low, c.accent2] } },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, color: c.text, formatter: (p: { data: number[] }) => (p.data[2] ? String(p.data[2]) : '') },
        cursor: 'pointer',
      },
    ],
    meta: m,
  }
}

/** Past this many policies, the lineage graph shows only documents that take part in relations. */
export const LINEAGE_ALL_UP_TO = 200
/** And never more nodes than this (national ones first), so it stays a readable picture. */
export const LINEAGE_MAX_NODES = 300

/** The policies the lineage graph draws: all of a small set, else those linked, capped. */
export function lineageNodes(all: readonly PolicyLite[]): PolicyLite[] {
  if (all.length <= LINEAGE_ALL_UP_TO) return [...all]
  const known = new Set(all.map((p) => p.id))
  const linked = new Set<string>()
  for (const p of all) {
    for (const r of p.relations) {
      if (!known.has(r.targetId)) continue
      linked.add(p.id)
      linked.add(r.targetId)
    }
  }
  const rank = (p: PolicyLite) => (p.level === 'national' || p.level === 'ministry' ? 0 : p.level === 'provincial' ? 1 : 2)
  return all.filter((p) => linked.has(p.id)).sort((a, b) => rank(a) - rank(b)).slice(0, LINEAGE_MAX_NODES)
}

/** National documents on the left, provincial in the middle, municipal on the right, linked by relations. */
export function lineageOption(all: readonly PolicyLite[], c: ChartColors) {
  const column: Record<string, number> = { national: 0, ministry: 0, provincial: 1, municipal: 2, district: 3 }
  const perColumn = new Map<number, number>()
  const policies = lineageNodes(all)
  const ids = new Set(policies.map((p) => p.id))
  // On a cartesian grid, so nodes keep their shape whatever the box's proportions.
  const nodes = policies.map((p) => {
    const x = column[p.level] ?? 1
    const y = perColumn.get(x) ?? 0
    perColumn.set(x, y + 1)
    const label = p.aliases[0] ?? (p.title.length > 10 ? p.title.slice(0, 9) + '…' : p.title)
    return { name: p.id, id: p.id, value: [x, y], symbolSize: 10, itemStyle: { color: x === 0 ? c.accent : c.accent2 }, label: { formatter: label } }
  })
  const rows = Math.max(1, ...perColumn.values())
  const links = policies.flatMap((p) =>
    p.relations.filter((r) => ids.has(r.targetId)).map((r) => ({ source: r.targetId, target: p.id, value: r.type })),
  )
  return {
    animation: false,
    tooltip: { formatter: (p: { data: { label?: { formatter: string } } }) => p.data.label?.formatter ?? '' },
    grid: { left: 10, right: 10, top: 10, bottom: 10 },
    xAxis: { type: 'value', min: -0.1, max: 3, show: false },
    yAxis: { type: 'value', min: -0.5, max: rows - 0.5, inverse: true, show: false },
    series: [
      {
        type: 'graph',
        coordinateSystem: 'cartesian2d',
        data: nodes,
        links,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 7,
        label: { show: true, position: 'right', color: c.text, fontSize: 11 },
        lineStyle: { color: c.muted, width: 1.5, curveness: 0.3 },
        cursor: 'pointer',
      },
    ],
    linkCount: links.length,
    nodeCount: nodes.length,
  }
}
