// Briefing editor figures (Briefings issue §7): opening a ~150-page Chinese briefing and typing
// into its middle, in the real editor and in a bare StarterKit editor on the same text
// (bench/pages/briefing-editor.ts). Each run is a fresh browser profile; figures are medians of RUNS.
import { chromium } from 'playwright-core'
import { mkdtempSync, rmSync } from 'node:fs'
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
