// Import figures (Update imports issue §9): a 10k-policy bundle end to end next to a bare
// Dexie bulkPut, validation speed next to JSON.parse, and a 100k bundle in chunks.
import { chromium } from 'playwright-core'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const bench = (name, value, unit) => console.log(`BENCH ${name} ${typeof value === 'number' ? Math.round(value * 100) / 100 : value} ${unit}`)
const log = (s) => process.stderr.write(`[bench:imports] ${s}\n`)

async function once(origin, n) {
  const dir = mkdtempSync(join(tmpdir(), 'pd-bench-imp-'))
  const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${origin}/bench/imports.html`)
    await page.waitForFunction(() => typeof window.benchImport === 'function')
    const r = await page.evaluate((count) => window.benchImport(count), n)
    if (!r.ok) throw new Error(r.error)
    return r
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function runImports(origin, big = 100_000) {
  const r10 = await once(origin, 10_000)
  log(`10k: ${JSON.stringify(r10)}`)
  bench('import_10k_ms', r10.importMs, 'ms')
  bench('raw_bulkput_10k_ms', r10.rawMs, 'ms')
  bench('import_10k_ratio', r10.importMs / r10.rawMs, 'x')
  bench('json_parse_mb_s', r10.mb / (r10.parseMs / 1000), 'MB/s')
  bench('bundle_validate_mb_s', r10.mb / (r10.validateMs / 1000), 'MB/s')
  bench('bundle_validate_vs_parse', r10.parseMs / r10.validateMs, 'x')
  // the first of the runs above, before the optimiser has seen the validation code
  bench('json_parse_first_mb_s', r10.mb / (r10.parseFirstMs / 1000), 'MB/s')
  bench('bundle_validate_first_mb_s', r10.mb / (r10.validateFirstMs / 1000), 'MB/s')
  // the digest check, and parse + validate + verify together as an import runs them
  bench('bundle_verify_mb_s', r10.mb / (r10.verifyMs / 1000), 'MB/s')
  bench('bundle_read_mb_s', r10.mb / (r10.readMs / 1000), 'MB/s')
  bench('import_long_tasks_over_100ms', r10.longTasks, 'tasks')
  if (big > 0) {
    const rb = await once(origin, big)
    log(`${big}: ${JSON.stringify(rb)}`)
    bench('import_100k_ms', rb.importMs, 'ms')
    bench('import_chunk_slowdown', rb.lastChunkMs / rb.firstChunkMs, 'x')
    bench('import_longest_progress_gap_ms', rb.longestGapMs, 'ms')
    bench('import_100k_long_tasks_over_100ms', rb.longTasks, 'tasks')
  }
}

/** backup_100k_ms and restore_100k_ms: the app's database seeded with `n` policies and n/2 notes. */
export async function runBackups(origin, n = 100_000) {
  const dir = mkdtempSync(join(tmpdir(), 'pd-bench-bak-'))
  const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${origin}/bench/seed.html?n=${n}`)
    await page.waitForFunction(() => window.__seed, null, { timeout: 900_000, polling: 500 })
    const seeded = await page.evaluate(() => window.__seed)
    if (!seeded.ok) throw new Error(seeded.error)
    await page.goto(`${origin}/bench/backup.html`)
    await page.waitForFunction(() => typeof window.benchBackup === 'function')
    const r = await page.evaluate(() => window.benchBackup())
    if (!r.ok) throw new Error(r.error)
    log(`backup ${n}: ${JSON.stringify(r)}`)
    const k = n >= 1000 ? `${Math.round(n / 1000)}k` : String(n)
    bench(`backup_${k}_ms`, r.backupMs, 'ms')
    bench(`backup_${k}_mb`, r.mb, 'MB')
    bench(`restore_${k}_ms`, r.restoreMs, 'ms')
    bench(`backup_restore_long_tasks_over_100ms`, r.longTasks, 'tasks')
  } finally {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
