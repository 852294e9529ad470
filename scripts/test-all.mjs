// `npm test`: every check and suite a new user or CI runs, in one go. Each vitest test counts
// as one; each other check (types, lint, builds, security scan, packaging config) counts as
// one. Ends with the line `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

mkdirSync('artifacts', { recursive: true })
const skipE2e = process.argv.includes('--no-e2e')
let passed = 0
let failed = 0
const summary = []

function sh(cmd) {
  console.log(`\n▶ ${cmd}`)
  const started = Date.now()
  const res = spawnSync(cmd, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } })
  return { ok: res.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) }
}

function check(name, cmd) {
  const { ok, seconds } = sh(cmd)
  if (ok) passed++
  else failed++
  summary.push(`${ok ? 'PASS' : 'FAIL'} ${name} (${seconds}s)`)
  return ok
}

function suite(name, cmd, report) {
  rmSync(report, { force: true })
  const { ok, seconds } = sh(`${cmd} --reporter=default --reporter=json --outputFile.json=${report}`)
  if (!existsSync(report)) {
    failed++
    summary.push(`FAIL ${name}: no report (${seconds}s)`)
    return
  }
  const r = JSON.parse(readFileSync(report, 'utf8'))
  const p = r.numPassedTests
  // A suite that crashed before its tests ran still counts as a failure.
  const f = r.numFailedTests + (ok || r.numFailedTests > 0 ? 0 : 1)
  passed += p
  failed += f
  summary.push(`${f ? 'FAIL' : 'PASS'} ${name}: ${p} passed, ${f} failed (${seconds}s)`)
  // Name each failed test and its first message line, so the tail of a CI log is enough to act on.
  for (const file of r.testResults ?? []) {
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed')) {
      summary.push(`  ✗ ${file.name}: ${String(file.message ?? '').split('\n')[0]}`)
    }
    for (const a of file.assertionResults ?? []) {
      if (a.status !== 'failed') continue
      const why = String(a.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300)
      summary.push(`  ✗ ${file.name.replace(process.cwd() + '/', '')} › ${a.fullName}: ${why}`)
    }
  }
}

check('type-check (vue-tsc, tsc)', 'npm run -s typecheck')
check('lint (eslint)', 'npm run -s lint')
suite('unit tests (vitest, node)', 'npx vitest run', 'artifacts/unit-report.json')
check('electron build (electron-vite build)', 'npx electron-vite build')
check('packaging config (electron-builder)', 'node scripts/check-builder-config.mjs')
check('security scan (electronegativity)', 'node scripts/electronegativity.mjs')
if (!skipE2e) {
  if (check('browser build (vite build)', 'npm run -s build:web')) {
    suite('end-to-end (Chromium)', 'npx vitest run --config vitest.e2e.config.ts', 'artifacts/e2e-report.json')
  }
}

console.log('\n' + summary.join('\n'))
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
