// The import benchmark's worker: the app's import steps (read and verify, validate, plan,
// apply by the merge rules in one transaction) on a generated bundle, next to the baselines
// (JSON.parse of the same text, a bare Dexie bulkPut of the same records in one transaction).
import Dexie from 'dexie'
import { bundleDigest, canonicalOrder } from '../../src/shared/bundle/digest'
import { planImport } from '../../src/shared/bundle/plan'
import { readBundleText, validateBundle, verifyBundleDigest } from '../../src/shared/bundle/read'
import { PolicyDeskDb } from '../../src/renderer/data/db'
import { applyImport, mergeLookup } from '../../src/renderer/data/repositories/merge'
import { generatePolicies } from '../generate'

async function bundleText(n: number): Promise<string> {
  const b: Record<string, unknown> = {
    format: 'policy-desk-bundle',
    formatVersion: 1,
    publisher: { id: 'bench', name: 'bench' },
    createdAt: '2026-11-28T00:00:00Z',
    sequence: 1,
    sources: [{ id: 'bench-generated', title: 'generated' }],
    records: { policies: generatePolicies(n) },
    tombstones: [],
  }
  b['digest'] = { algorithm: 'sha-256', value: await bundleDigest(b) }
  // as the CLI writes it: keys in canonical order
  return JSON.stringify(canonicalOrder(b))
}

const STEP_RUNS = 5
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const mb = (text: string) => new TextEncoder().encode(text).byteLength / 1048576

async function run(n: number): Promise<Record<string, number>> {
  const text = await bundleText(n)
  const size = mb(text)
  // The import's first steps one by one (validate: shape and schema of the parsed value; verify:
  // the digest), each the median of STEP_RUNS runs taken in turn, so drift and garbage collection
  // fall on all three alike; the first run of each (code not yet optimised) is reported too.
  const runs = n <= 20_000 ? STEP_RUNS : 1
  const times = { parse: [] as number[], validate: [] as number[], verify: [] as number[] }
  let parsed: { records: { policies: unknown[] } } = { records: { policies: [] } }
  for (let i = 0; i < runs; i++) {
    let t = performance.now()
    parsed = JSON.parse(text) as typeof parsed
    times.parse.push(performance.now() - t)
    t = performance.now()
    const valid = validateBundle(parsed)
    times.validate.push(performance.now() - t)
    if (!valid.ok) throw new Error(JSON.stringify(valid.errors.slice(0, 3)))
    t = performance.now()
    const mismatch = await verifyBundleDigest(parsed, valid.bundle)
    times.verify.push(performance.now() - t)
    if (mismatch) throw new Error(mismatch.message)
  }
  // then all three as the import runs them
  let t = performance.now()
  const read = await readBundleText(text)
  const readMs = performance.now() - t
  if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)))

  Dexie.debug = false // as the app's workers run it (src/renderer/data/db.ts)
  const raw = new Dexie(`bench-raw-${n}-${Date.now()}`, { chromeTransactionDurability: 'strict' })
  raw.version(1).stores({ policies: 'id, level, regionCode, issued' })
  t = performance.now()
  await raw.transaction('rw', raw.table('policies'), () => raw.table('policies').bulkPut(parsed.records.policies))
  const rawMs = performance.now() - t
  raw.close()
  await Dexie.delete(raw.name)

  const db = new PolicyDeskDb(`bench-import-${n}-${Date.now()}`)
  await db.open()
  const chunks: number[] = []
  t = performance.now()
  const again = await readBundleText(text)
  if (!again.ok) throw new Error('invalid')
  await planImport(again.bundle, mergeLookup(db))
  let last = performance.now()
  let longestGap = 0
  await applyImport(db, again.bundle, {
    source: 'bench',
    onProgress: () => {
      const now = performance.now()
      chunks.push(now - last)
      longestGap = Math.max(longestGap, now - last)
      last = now
    },
  })
  const importMs = performance.now() - t
  const stored = await db.policies.count()
  db.close()
  await Dexie.delete(db.name)
  if (stored !== n) throw new Error(`stored ${stored} of ${n}`)
  return {
    mb: size,
    parseMs: median(times.parse),
    validateMs: median(times.validate),
    verifyMs: median(times.verify),
    parseFirstMs: times.parse[0]!,
    validateFirstMs: times.validate[0]!,
    stepRuns: runs,
    readMs,
    rawMs,
    importMs,
    firstChunkMs: chunks[0] ?? 0,
    lastChunkMs: chunks.length > 1 ? chunks[chunks.length - 2]! : chunks[0] ?? 0,
    longestGapMs: longestGap,
    chunks: chunks.length,
  }
}

self.onmessage = (e: MessageEvent<{ n: number }>) => {
  run(e.data.n).then(
    (r) => self.postMessage({ ok: true, ...r }),
    (err: unknown) => self.postMessage({ ok: false, error: String(err instanceof Error ? err.stack : err) }),
  )
}
