// Runs @doyensec/electronegativity over the main and preload code together (its global
// checks need both) and fails on any HIGH or CRITICAL finding; it exits 0 on findings itself.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity')
const electron = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version

const dir = mkdtempSync(join(tmpdir(), 'pd-eneg-'))
try {
  cpSync('src/main', join(dir, 'main'), { recursive: true })
  cpSync('src/preload', join(dir, 'preload'), { recursive: true })
  const result = await run({
    input: dir,
    isRelative: true,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: electron,
    parserPlugins: [],
  })
  const issues = result.issues.map((i) => ({
    id: i.id,
    severity: i.severity?.name ?? String(i.severity),
    confidence: i.confidence?.name ?? String(i.confidence),
    file: i.file,
    line: i.location?.line,
    description: i.description,
  }))
  writeFileSync('artifacts/electronegativity.json', JSON.stringify(issues, null, 2))
  for (const i of issues) console.log(`${i.severity.padEnd(13)} ${i.confidence.padEnd(9)} ${i.id} ${i.file}:${i.line ?? ''}`)
  const high = issues.filter((i) => i.severity === 'HIGH' || i.severity === 'CRITICAL')
  console.log(`electronegativity: ${issues.length} findings, ${high.length} high or critical (electron ${electron})`)
  process.exitCode = high.length ? 1 : 0
} finally {
  rmSync(dir, { recursive: true, force: true })
}
