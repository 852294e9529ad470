// Briefing editor figures (Briefings issue §7): opening a ~150-page Chinese briefing and typing
// into its middle, in the real editor and in a bare StarterKit editor on the same text
// (bench/pages/briefing-editor.ts); then a ~50-page briefing to PDF through the print preview next
// to Chromium printing the same pages as static HTML (runBriefingPdf). Each run is a fresh browser
// profile; figures are medians of RUNS.
import { chromium } from 'playwright-core'
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const RUNS = Number(process.env.BENCH_BRIEFING_RUNS ?? 3)
const bench = (name, value, unit) => console.log(`BENCH ${name} ${typeof value === 'number' ? Math.round(value * 100) / 100 : value} ${unit}`)
const log = (s) => process.stderr.write(`[bench:briefings] ${s}\n`)
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

// ~300 characters: Latin letters, digits and spaces go as key presses, Chinese as insertText
// (what playwright's keyboard.type does with characters not on the keyboard). No "/" (slash menu).
const PHRASES = ['AI ', '大模型', ' GPU ', '算力', 'policy ', '2024年', '政策', 'LLM ', '数据要素', 'open source ', '10亿参数', '试点', 'benchmark ', '补贴', 'MaaS ']
const TEXT = (() => {
  let s = ''
  for (let i = 0; s.length < 300; i++) s += PHRASES[(i * 7) % PHRASES.length]
  return s
})()

async function once(origin, kind) {
  const dir = mkdtempSync(join(tmpdir(), 'pd-bench-brf-'))
  const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1400, height: 900 } })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${origin}/bench/briefing-editor.html`)
    await page.waitForFunction(() => typeof window.benchEditor === 'function')
    const open = await page.evaluate((k) => window.benchEditor(k), kind)
    const at = await page.evaluate(() => window.benchTarget())
    await page.mouse.click(at.x, at.y)
    await page.keyboard.press('End')
    await page.waitForTimeout(1200) // the click's transaction and any autosave settle first
    await page.evaluate(() => window.benchTypingStart())
    await page.keyboard.type(TEXT, { delay: 25 })
    const typing = await page.evaluate((text) => window.benchTypingStop(text), TEXT)
    return { ...open, ...typing }
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function runBriefings(origin) {
  if (process.env.BENCH_BRIEFING_PDF !== 'only') await runEditor(origin)
  if (process.env.BENCH_BRIEFING_PDF !== '0') await runBriefingPdf(origin)
}

async function runEditor(origin) {
  const runs = { plain: [], ours: [] }
  // interleaved, so a burst of load on the machine hits both editors alike
  for (let i = 0; i < RUNS; i++) {
    for (const kind of ['plain', 'ours']) {
      const r = await once(origin, kind)
      if (i === 0) log(`${kind}: ${r.stats.chars} characters (≈ ${Math.round(r.stats.chars / 800)} A4 pages at 800 a page), ${r.stats.paragraphs} paragraphs, ${r.stats.headings} headings, ${r.stats.tables} tables, ${r.stats.citations} citations, ${r.stats.footnotes} footnotes`)
      log(`${kind} run ${i + 1}: ${JSON.stringify(r, (k, v) => (k === 'stats' ? undefined : typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`)
      // a broken editor must not give a fast number
      if (!r.found) throw new Error(`${kind}: the typed text is not in the document`)
      if (r.n < TEXT.length * 0.9) throw new Error(`${kind}: only ${r.n} of ${TEXT.length} keystrokes measured`)
      if (kind === 'ours' && (!r.savedHasText || r.readsDuringTyping > 0)) throw new Error(`ours: autosave read the document ${r.readsDuringTyping} times while typing; saved the text: ${r.savedHasText}`)
      runs[kind].push(r)
    }
  }
  const m = (kind, key) => median(runs[kind].map((r) => r[key]))
  bench('plain_open_150p_ms', m('plain', 'openMs'), 'ms')
  bench('briefing_open_150p_ms', m('ours', 'openMs'), 'ms')
  bench('briefing_open_ratio', m('ours', 'openMs') / m('plain', 'openMs'), 'x')
  bench('plain_keystroke_p95_ms', m('plain', 'p95'), 'ms')
  bench('editor_keystroke_p95_ms', m('ours', 'p95'), 'ms')
  bench('editor_keystroke_ratio', m('ours', 'p95') / m('plain', 'p95'), 'x')
  bench('editor_keystroke_long_tasks', m('ours', 'longTasks'), 'tasks')
}

// ~50 A4 pages in the modern style (the preview's count is checked against PDF_PAGES below)
const PDF_PARAGRAPHS = Number(process.env.BENCH_PDF_PARAGRAPHS ?? 240)
const PDF_PAGES = [48, 55]
const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true } // what Electron's printToPDF is given
const pdfPages = (path) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? NaN)

async function pdfOnce(origin, dir) {
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1400, height: 900 } })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    // the briefing, written with the app's own repository into the app's database
    await page.goto(`${origin}/bench/briefing-pdf.html`)
    await page.waitForFunction(() => typeof window.benchSeedBriefing === 'function')
    const seed = await page.evaluate((n) => window.benchSeedBriefing(n), PDF_PARAGRAPHS)
    // an analyst's profile has the default data: let the app's first run load it, untimed
    await page.goto(`${origin}/#/overview`)
    await page.waitForFunction(() => Number(document.querySelector('.stat')?.textContent) > 0, null, { timeout: 60_000 })
    await page.goto('about:blank')

    // ours: navigation start → the preview has paginated → PDF bytes back
    const t0 = Date.now()
    await page.goto(`${origin}/#/briefings/${seed.id}/print`)
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=print-page-count]')?.getAttribute('data-pages')) > 0, null, { timeout: 60_000, polling: 20 })
    const t1 = Date.now()
    const ours = await page.pdf(PDF_OPTIONS)
    const t2 = Date.now()
    const preview = await page.evaluate(() => {
      const host = document.querySelector('[data-testid=print-pages]')
      const mark = (name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? NaN
      return {
        pages: Number(document.querySelector('[data-testid=print-page-count]')?.getAttribute('data-pages')),
        pagesHtml: [...host.querySelectorAll(':scope > .page')].map((p) => p.outerHTML).join(''),
        // both relative to this document's navigation start
        renderAt: mark('briefing-print:render'),
        pagesAt: mark('briefing-print:pages'),
        paginateMs: Number(host.dataset.ms),
        passes: Number(host.dataset.passes),
        title: document.title,
      }
    })

    // raw: the same pages as the app's one-file HTML export, in a fresh page, printed alike
    const helper = await context.newPage()
    await helper.goto(`${origin}/bench/briefing-pdf.html`)
    await helper.waitForFunction(() => typeof window.benchHtmlFile === 'function')
    const html = await helper.evaluate(({ pagesHtml }) => window.benchHtmlFile('bench', pagesHtml), preview)
    await helper.close()
    const rawPage = await context.newPage()
    const r0 = Date.now()
    await rawPage.setContent(html, { waitUntil: 'load' })
    const r1 = Date.now()
    const raw = await rawPage.pdf(PDF_OPTIONS)
    const r2 = Date.now()

    writeFileSync(join(dir, 'ours.pdf'), ours)
    writeFileSync(join(dir, 'raw.pdf'), raw)
    const pdf = { ours: pdfPages(join(dir, 'ours.pdf')), raw: pdfPages(join(dir, 'raw.pdf')) }
    // BENCH_PDF_OUT=<dir>: keep the last run's two PDFs, to look at them
    if (process.env.BENCH_PDF_OUT) for (const f of ['ours.pdf', 'raw.pdf']) copyFileSync(join(dir, f), join(process.env.BENCH_PDF_OUT, `briefing-pdf-${f}`))
    return {
      stats: seed.stats, previewPages: preview.pages, pdfPages: pdf, passes: preview.passes, htmlBytes: html.length,
      oursMs: t2 - t0, readyMs: t1 - t0, pagesAt: preview.pagesAt, renderAt: preview.renderAt, paginateMs: preview.paginateMs, printMs: t2 - t1,
      rawMs: r2 - r0, rawLoadMs: r1 - r0, rawPrintMs: r2 - r1, oursBytes: ours.length, rawBytes: raw.length,
    }
  } finally {
    await context.close()
  }
}

/** `briefing_pdf_50p_ms` with `raw_pdf_50p_ms` (Briefings issue §7): ratio ≤ 1.25, ceiling 2500 ms. */
export async function runBriefingPdf(origin) {
  const runs = []
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'pd-bench-pdf-'))
    try {
      const r = await pdfOnce(origin, dir)
      if (i === 0) log(`pdf: ${r.stats.chars} characters, ${r.stats.paragraphs} paragraphs, ${r.stats.headings} headings, ${r.stats.tables} tables, ${r.stats.charts} charts (${Math.round(r.stats.svgBytes / 1024)} KB of SVG), ${r.stats.citations} citations, ${r.stats.footnotes} footnotes; static HTML ${Math.round(r.htmlBytes / 1024)} KB`)
      log(`pdf run ${i + 1}: preview ${r.previewPages} pages, PDF ours ${r.pdfPages.ours} / raw ${r.pdfPages.raw} pages (pdfinfo); ${JSON.stringify(r, (k, v) => (['stats', 'pdfPages', 'previewPages'].includes(k) ? undefined : typeof v === 'number' ? Math.round(v) : v))}`)
      // a broken print must not give a fast number
      if (r.pdfPages.ours !== r.previewPages || r.pdfPages.raw !== r.previewPages) throw new Error(`pdf: the preview shows ${r.previewPages} pages, our PDF has ${r.pdfPages.ours}, the static HTML's ${r.pdfPages.raw}`)
      if (r.previewPages < PDF_PAGES[0] || r.previewPages > PDF_PAGES[1]) throw new Error(`pdf: ${r.previewPages} pages, not ${PDF_PAGES.join('–')} (BENCH_PDF_PARAGRAPHS)`)
      runs.push(r)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  const m = (key) => median(runs.map((r) => r[key]))
  bench('briefing_pdf_pages', m('previewPages'), 'pages')
  bench('briefing_paginate_50p_ms', m('pagesAt'), 'ms')
  bench('briefing_print_50p_ms', m('printMs'), 'ms')
  bench('briefing_pdf_50p_ms', m('oursMs'), 'ms')
  bench('raw_print_50p_ms', m('rawPrintMs'), 'ms')
  bench('raw_pdf_50p_ms', m('rawMs'), 'ms')
  bench('briefing_pdf_ratio', m('oursMs') / m('rawMs'), 'x')
}
