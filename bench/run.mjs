// `npm run bench`: benchmarks in headless Chromium against the production browser build.
// Prints one line per figure: `BENCH <name> <value> <unit>`. Benchmarks never fail CI.
// Foundation figures (start-up on an empty profile, which seeds the default data, and a warm
// start), then the data-scale figures of bench/scale.mjs. BENCH_SCALE (default 100000) sets the
// policy count (notes: half); BENCH_FOUNDATION=0 skips the foundation figures when iterating.
// Then the briefing editor figures (bench/briefings.mjs; BENCH_BRIEFINGS=0 skips, =only runs just those).
import { chromium } from 'playwright-core'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer } from '../scripts/serve-web.mjs'
import { startBenchServer } from './serve.mjs'
import { runScale } from './scale.mjs'
import { runBackups, runImports } from './imports.mjs'
import { runBriefings } from './briefings.mjs'

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const SCALE = Number(process.env.BENCH_SCALE ?? 100_000)
const BRIEFINGS_ONLY = process.env.BENCH_BRIEFINGS === 'only'
const t0 = Date.now()

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const bench = (name, value, unit) => console.log(`BENCH ${name} ${Math.round(value * 10) / 10} ${unit}`)
bench('bench_scale', SCALE, 'policies')

if (process.env.BENCH_FOUNDATION !== '0' && !BRIEFINGS_ONLY) await foundation()

// The bench pages are built here because `npm run bench` only builds the app (dist-web).
const root = fileURLToPath(new URL('..', import.meta.url))
const built = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.bench.config.ts'], { cwd: root, stdio: ['ignore', 2, 2] })
if (built.status !== 0) throw new Error('building the bench pages failed')
const benchServer = await startBenchServer()
const benchOrigin = `http://127.0.0.1:${benchServer.address().port}`
if (process.env.BENCH_IMPORTS !== 'only' && !BRIEFINGS_ONLY) await runScale(benchOrigin, SCALE)
// Imports: 10k end to end, then SCALE policies in chunks (BENCH_IMPORTS=0 skips, =only runs just these).
if (process.env.BENCH_IMPORTS !== '0' && !BRIEFINGS_ONLY) {
  if (process.env.BENCH_SKIP_IMPORT !== '1') await runImports(benchOrigin, SCALE)
  await runBackups(benchOrigin, SCALE)
}
if (BRIEFINGS_ONLY || (process.env.BENCH_BRIEFINGS !== '0' && process.env.BENCH_IMPORTS !== 'only')) await runBriefings(benchOrigin)
benchServer.close()
process.stderr.write(`[bench] total ${Math.round((Date.now() - t0) / 1000)} s\n`)

async function foundation() {
  const server = await startServer({ port: 0 })
  const url = `http://127.0.0.1:${server.address().port}/#/overview`

  async function timeToOverview(page, reload = false) {
    const t0 = Date.now()
    if (reload) await page.reload()
    else await page.goto(url)
    await page.getByTestId('overview').waitFor()
    await page.waitForFunction(() => Number(document.querySelector('.stat')?.textContent) > 0)
    return Date.now() - t0
  }

  const first = []
  const warm = []
  const heap = []
  const marks = []
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'pd-bench-'))
    const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS })
    const page = context.pages()[0] ?? (await context.newPage())
    first.push(await timeToOverview(page))
    marks.push(await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))))
    warm.push(await timeToOverview(page, true))
    const cdp = await context.newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    heap.push(usedSize / 1048576)
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
  bench('startup_first_run_ms', median(first), 'ms')
  bench('startup_warm_ms', median(warm), 'ms')
  bench('seed_default_data_ms', median(first) - median(warm), 'ms')
  const step = (a, b) => median(marks.map((m) => m[b] - m[a]))
  bench('seed_fetch_ms', step('seed:start', 'seed:fetched'), 'ms')
  bench('seed_validate_plan_ms', step('seed:fetched', 'seed:planned'), 'ms')
  bench('seed_apply_ms', step('seed:planned', 'seed:applied'), 'ms')
  bench('heap_idle_default_mb', median(heap), 'MB')
  server.close()
}
