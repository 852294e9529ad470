// PDF benchmark page: `benchSeedBriefing()` writes the ~50-page briefing (6 tables, 4 charts drawn
// by the app's own chart code from generated policies) into the app's database with the app's
// repository; `benchHtmlFile()` wraps the preview's pages as the app's one-file HTML export.
import { getDb } from '../../src/renderer/data/db'
import { createBriefing } from '../../src/renderer/data/repositories/briefings'
import { drawChart } from '../../src/renderer/briefing/charts/chart-svg'
import { briefingHtmlFile } from '../../src/renderer/briefing/export/html-file'
import type { ChartKind, DocNode } from '../../src/shared/briefing/doc-model'
import { toLite } from '../../src/shared/policy/lite'
import { briefingDoc, docStats, type DocStats } from '../briefing-doc'
import { generatePolicies } from '../generate'

interface SeedResult { id: string; stats: DocStats & { charts: number; svgBytes: number } }

declare global {
  interface Window {
    benchSeedBriefing: (paragraphs?: number) => Promise<SeedResult>
    benchHtmlFile: (title: string, pagesHtml: string) => string
  }
}

const PDF_TITLE = '人工智能政策观察专题报告（基准）'
const CHARTS: { kind: ChartKind; params: Record<string, string | number | null>; caption: string }[] = [
  { kind: 'policiesPerYear', params: { fromYear: 2017, level: null }, caption: '图1 各年度出台政策数量（按层级）' },
  { kind: 'topicsBar', params: { fromYear: null, level: null }, caption: '图2 政策主题分布' },
  { kind: 'policiesByLevel', params: { fromYear: 2020, level: null }, caption: '图3 2020年以来各层级政策数量' },
  { kind: 'regionTopicHeatmap', params: { fromYear: null, level: null }, caption: '图4 地区与主题热力图' },
]

/** The generated document with the chart blocks spread evenly between its blocks. */
function withCharts(doc: DocNode, charts: DocNode[]): DocNode {
  const content = [...(doc.content ?? [])]
  // after the cover and contents, before the references; each chart after a paragraph
  const body = content.length - 4
  charts.forEach((chart, i) => {
    let at = 2 + Math.round(((i + 0.5) * body) / charts.length) + i
    while (at < content.length && content[at - 1]?.type !== 'paragraph') at++
    content.splice(at, 0, chart)
  })
  return { ...doc, content }
}

window.benchSeedBriefing = async (paragraphs = 230) => {
  const policies = generatePolicies(3000).map(toLite)
  const charts = CHARTS.map((c) => ({ type: 'chart', attrs: { ...drawChart(c.kind, c.params, c.caption, policies, true) } }))
  // citations and footnotes in the same density as the 150-page document
  const doc = withCharts(briefingDoc({ paragraphs, tables: 6, citations: Math.round((paragraphs * 250) / 700), footnotes: Math.round((paragraphs * 40) / 700) }), charts)
  const db = getDb()
  await db.open()
  const b = await createBriefing(db, PDF_TITLE, doc as unknown as Record<string, unknown>, { style: 'modern', pageNumbers: 'chinese', header: '' })
  db.close()
  const svgBytes = charts.reduce((n, c) => n + String(c.attrs.svg).length, 0)
  return { id: b.id, stats: { ...docStats(doc), charts: charts.length, svgBytes } }
}

window.benchHtmlFile = (title, pagesHtml) => briefingHtmlFile({ title, style: 'modern', pagesHtml })
