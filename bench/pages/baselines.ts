// In-page benchmark kernels, each next to its baseline, exposed as window.bench for run.mjs:
// our CompactIndex vs FlexSearch (same tokens) vs a substring scan; our timeline option + ECharts
// vs a bare large-mode scatter; facetCounts + filterPolicies vs a plain array pass.
import { Index } from 'flexsearch'
import * as echartsCore from 'echarts/core'
import { ScatterChart } from 'echarts/charts'
import { DataZoomComponent, GridComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { echarts } from '../../src/renderer/charts/echarts'
import { buildTimelineOption, type TimelineBuild } from '../../src/renderer/charts/timeline-option'
import { readWindow } from '../../src/renderer/charts/timeline-window'
import { formatPartialDate, partialDateStart } from '../../src/shared/dates/partial-date'
import type { Policy } from '../../src/shared/model/records'
import { toLite, type PolicyLite } from '../../src/shared/policy/lite'
import type { Note } from '../../src/shared/model/user-data'
import { FacetTable, toggle, type Facet, type FacetContext, type Selection } from '../../src/shared/policy/facets'
import { CompactIndex } from '../../src/shared/search/compact-index'
import type { SearchDoc } from '../../src/shared/search/types'
import { docNumberTerms, normalizeText, parseQuery, tokenize } from '../../src/shared/search/tokenize'
import { generateAll } from '../generate'
import { flatText, searchDocs } from '../search-docs'
import { timeQueries } from '../time-queries'

echartsCore.use([ScatterChart, GridComponent, DataZoomComponent, CanvasRenderer])

type Engine = 'ours' | 'flex' | 'scan' | 'tokens'
let policies: Policy[] = []
let lites: PolicyLite[] = []
let notes: Note[] = []
let docs: SearchDoc[] = []
const engines: Partial<Record<Engine, (q: string) => number>> = {}
let chart: echartsCore.EChartsType | null = null
/** The timeline behind `chart`, when it is ours: a zoom redraws its window, as the app does. */
let timelineBuild: TimelineBuild | null = null

function prepare(n: number): { policies: number; notes: number; docs: number; ms: number } {
  const t0 = performance.now()
  ;({ policies, notes } = generateAll(n))
  docs = searchDocs(policies, notes)
  lites = policies.map(toLite)
  return { policies: policies.length, notes: notes.length, docs: docs.length, ms: performance.now() - t0 }
}

/** Builds one engine over `docs`; returns build time (ms). The engine stays referenced for queries. */
function build(engine: Engine): number {
  const t0 = performance.now()
  if (engine === 'ours') {
    const idx = CompactIndex.build(docs)
    engines.ours = (q) => idx.search(q, { limit: 30 }).length
  } else if (engine === 'flex') {
    // Same terms as ours: the app's tokenizer for documents, its query parser for queries.
    let query = false
    const encode = (s: string) => (query ? parseQuery(s).flatMap((p) => p.terms) : [...tokenize(s), ...docNumberTerms(s)])
    const idx = new Index({ encode, tokenize: 'strict' })
    docs.forEach((d, i) => idx.add(i, flatText(d)))
    engines.flex = (q) => {
      query = true
      try {
        return (idx.search(q, { limit: 30 }) as unknown[]).length
      } finally {
        query = false
      }
    }
  } else if (engine === 'tokens') {
    // Tokenizing alone (what both index builds share), to split build time into tokens vs structure.
    let count = 0
    for (const d of docs) {
      count += tokenize(d.title).length + (d.aliases ?? []).flatMap((a) => tokenize(a)).length
      if (d.docNumber) count += docNumberTerms(d.docNumber).length + tokenize(d.docNumber).length
      if (d.body) count += tokenize(d.body).length + docNumberTerms(d.body).length
    }
    engines.tokens = () => count
  } else {
    const texts = docs.map((d) => normalizeText(flatText(d)))
    engines.scan = (q) => {
      const parts = normalizeText(q).split(/\s+/).filter(Boolean)
      const hits: number[] = []
      for (let i = 0; i < texts.length; i++) if (parts.every((p) => texts[i]!.includes(p))) hits.push(i)
      return hits.slice(0, 30).length
    }
  }
  return performance.now() - t0
}

/** Runs each query `reps` times after one untimed warm-up pass; returns every timing and hit count. */
function query(engine: Engine, queries: string[], reps: number): { ms: number[]; hits: Record<string, number> } {
  const run = engines[engine]
  if (!run) throw new Error(`engine ${engine} not built`)
  return timeQueries(run, queries, reps)
}

function chartBox(): HTMLDivElement {
  document.getElementById('chart')?.remove()
  const el = document.createElement('div')
  el.id = 'chart'
  el.style.cssText = 'width:1200px;height:460px'
  document.body.append(el)
  return el
}
const finished = (c: echartsCore.EChartsType) => new Promise<void>((ok) => c.on('finished', () => (c.off('finished'), ok())))
const inRange = (count: number) => lites.filter((p) => p.issued !== null).slice(0, count)

/** Our option builder + the app's ECharts registration: init → setOption → 'finished'. */
async function timeline(count: number): Promise<{ points: number; optionMs: number; totalMs: number }> {
  const rows = inRange(count)
  const el = chartBox()
  const t0 = performance.now()
  const labels = {
    national: '全国', eventsCn: '事件·国内', eventsGlobal: '事件·国际', vendors: '厂商·模型', noIssuer: '未注明发文机关', noTopic: '未标注主题',
    fmtDate: (s: string | null) => formatPartialDate(s, 'zh-CN') ?? '未知', level: (l: string) => l,
  }
  const colors = { national: '#2563eb', local: '#0d9488', event: '#d97706', vendor: '#15803d', text: '#1f2937', muted: '#6b7280', grid: '#e5e7eb', focus: '#2563eb' }
  timelineBuild = buildTimelineOption({ policies: rows }, labels, colors, undefined, { width: 1200, height: 460 })
  const { option } = timelineBuild
  const t1 = performance.now()
  chart = echarts.init(el, undefined, { renderer: 'canvas' })
  const done = finished(chart)
  chart.setOption(option, { notMerge: true })
  await done
  return { points: rows.length, optionMs: t1 - t0, totalMs: performance.now() - t0 }
}

/** Baseline: bare ECharts scatter in large mode over the same points ([time, lane] pairs). */
async function scatter(count: number): Promise<{ points: number; totalMs: number }> {
  const rows = inRange(count)
  const el = chartBox()
  timelineBuild = null
  const t0 = performance.now()
  const lanes = new Map<string, number>()
  const data = rows.map((p) => {
    const lane = p.level === 'national' ? '全国' : p.regionName
    if (!lanes.has(lane)) lanes.set(lane, lanes.size)
    return [partialDateStart(p.issued)!, lanes.get(lane)!]
  })
  chart = echartsCore.init(el, undefined, { renderer: 'canvas' })
  const done = finished(chart)
  chart.setOption({
    animation: false,
    grid: { left: 120, right: 40, top: 20, bottom: 70 },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: [...lanes.keys()], inverse: true },
    dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' }, { type: 'slider', xAxisIndex: 0, bottom: 20, filterMode: 'weakFilter' }],
    series: [{ type: 'scatter', large: true, symbolSize: 6, data }],
  })
  await done
  return { points: rows.length, totalMs: performance.now() - t0 }
}

/**
 * Zooms the current chart to the middle fifth of the time axis and waits for the frame. Our
 * timeline then redraws its window (crowded lanes as counts, the rest as points), as the app
 * does after a zoom (there after a short pause; here at once, and timed).
 */
async function zoom(): Promise<number> {
  if (!chart) throw new Error('no chart')
  const t0 = performance.now()
  const done = finished(chart)
  chart.dispatchAction({ type: 'dataZoom', dataZoomIndex: 0, start: 40, end: 60 })
  const built = timelineBuild
  if (built?.windowed) chart.setOption({ series: built.seriesFor(readWindow(chart, built.lanes.length, built.option.grid)) }, { replaceMerge: ['series'] })
  await done
  return performance.now() - t0
}

const FACET_STEPS: [Facet, string][] = [
  ['level', 'provincial'], ['province', '440000'], ['topic', 'compute'], ['year', '2023'], ['status', 'in_force'],
  ['level', 'municipal'], ['hasNotes', 'yes'], ['province', '440000'], ['docType', '行动计划'], ['topic', 'data'],
  ['year', '2023'], ['year', '2024'], ['status', 'in_force'], ['issuer', '国务院'], ['level', 'provincial'],
  ['level', 'municipal'], ['hasNotes', 'yes'], ['topic', 'compute'], ['docType', '行动计划'], ['topic', 'data'],
]

/**
 * Each facet change as the policy list does it: counts + filter over a FacetTable of all
 * policies (built once per change of the rows, timed apart as tableMs); baseline: one plain
 * array pass.
 */
function filter(): { ours: number[]; plain: number[]; rows: number[]; tableMs: number } {
  const ctx: FacetContext = { asOf: Date.now(), withNotes: new Set(notes.map((n) => n.targetId)) }
  const t = performance.now()
  const table = new FacetTable(lites, ctx)
  const tableMs = performance.now() - t
  // One untimed change first (as the list's first render does), so the figure is not JIT warm-up.
  table.counts({ level: ['national'] })
  table.filter({ level: ['national'] })
  let sel: Selection = {}
  const ours: number[] = []
  const plain: number[] = []
  const rows: number[] = []
  for (const [facet, value] of FACET_STEPS) {
    sel = toggle(sel, facet, value)
    let t0 = performance.now()
    table.counts(sel)
    rows.push(table.filter(sel).length)
    ours.push(performance.now() - t0)
    const levels = sel.level ?? []
    t0 = performance.now()
    const counts = new Map<string, number>()
    for (const p of lites) counts.set(p.level, (counts.get(p.level) ?? 0) + 1)
    lites.filter((p) => levels.length === 0 || levels.includes(p.level))
    plain.push(performance.now() - t0)
  }
  return { ours, plain, rows, tableMs }
}

const api = { prepare, build, query, timeline, scatter, zoom, filter }
/** The libraries themselves, for one-off diagnostics from page.evaluate (unused by run.mjs). */
const lib = { echarts, echartsCore, buildTimelineOption, readWindow, inRange, chartBox, finished, timeline: () => timelineBuild, chart: () => chart }
declare global {
  interface Window { bench?: typeof api; benchLib?: typeof lib }
}
window.bench = api
window.benchLib = lib
