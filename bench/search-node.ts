// Node figures for the compact search index next to FlexSearch over the same tokens:
// `npx tsx --expose-gc bench/search-node.ts [policies]` (default 100000, notes: half).
// Prints build ms, snapshot bytes, retained memory after GC (V8 heap + ArrayBuffers), snapshot
// load ms and query p95 (each query BENCH_SEARCH_REPS times, limit 30, as the bench page does).
import { Index } from 'flexsearch'
import { CompactIndex } from '../src/shared/search/compact-index'
import { snapshotBytes, type CompactSnapshot } from '../src/shared/search/compact-snapshot'
import { docNumberTerms, parseQuery, tokenize } from '../src/shared/search/tokenize'
import { generateAll } from './generate'
import { flatText, searchDocs } from './search-docs'
import { timeQueries } from './time-queries'
import queries from './queries.json'

const QUERIES: string[] = queries
const REPS = Number(process.env.BENCH_SEARCH_REPS ?? 3)
const LIMIT = 30

const gc = (globalThis as { gc?: () => void }).gc
/** V8 heap plus ArrayBuffer backing stores (where typed arrays live), after a full GC. */
function memory(): number {
  gc?.()
  gc?.()
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}
const mb = (bytes: number) => (bytes / 1048576).toFixed(1)
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(xs.length * 0.95) - 1)]!
const print = (name: string, value: string | number, unit: string) => console.log(`BENCH ${name} ${typeof value === 'number' ? Math.round(value * 100) / 100 : value} ${unit}`)


const scale = Number(process.argv[2] ?? 100_000)
if (!gc) console.error('no gc(): run with `npx tsx --expose-gc` for memory figures')
const { policies, notes } = generateAll(scale)
const docs = searchDocs(policies, notes)
console.error(`${docs.length} docs (${policies.length} policies, ${notes.length} notes)`)

// Ours: build, snapshot, reload from a structured clone (as from IndexedDB), query.
const baseline = memory()
let t0 = performance.now()
let ours: CompactIndex | null = CompactIndex.build(docs)
print('compact_build', performance.now() - t0, 'ms')
print('compact_mb', mb(memory() - baseline), 'MB')
let snapshot: CompactSnapshot | null = ours.toSnapshot()
print('compact_snapshot_mb', mb(snapshotBytes(snapshot)), 'MB')
const copy = structuredClone(snapshot)
ours = snapshot = null
t0 = performance.now()
const loaded = CompactIndex.fromSnapshot(copy)
print('compact_load', performance.now() - t0, 'ms')
const oursRun = timeQueries((q) => loaded.search(q, { limit: LIMIT }).length, QUERIES, REPS)
print('compact_p95', p95(oursRun.ms), 'ms')
// In use: the loaded index with its per-doc query arrays and (after has()) its id map.
loaded.has('policies', 'bench-p-000001')
print('compact_in_use_mb', mb(memory() - baseline), 'MB')

// FlexSearch over the same terms: the app's tokenizer for documents, its query parser for queries.
const before = memory()
t0 = performance.now()
let query = false
const encode = (s: string) => (query ? parseQuery(s).flatMap((p) => p.terms) : [...tokenize(s), ...docNumberTerms(s)])
const flex = new Index({ encode, tokenize: 'strict' })
docs.forEach((d, i) => flex.add(i, flatText(d)))
print('flex_build', performance.now() - t0, 'ms')
print('flex_mb', mb(memory() - before), 'MB')
const flexRun = timeQueries((q) => {
  query = true
  try {
    return (flex.search(q, { limit: LIMIT }) as unknown[]).length
  } finally {
    query = false
  }
}, QUERIES, REPS)
print('flex_p95', p95(flexRun.ms), 'ms')
print('compact_vs_flex_p95', p95(oursRun.ms) / p95(flexRun.ms), 'x')

// The slowest queries of ours, to see where time goes.
const perQuery = QUERIES.map((q, i) => [q, Math.max(...Array.from({ length: REPS }, (_, r) => oursRun.ms[r * QUERIES.length + i]!))] as const)
console.error('slowest (ours):', perQuery.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([q, ms]) => `${q} ${ms.toFixed(2)}`).join(', '))
console.error('hits ours/flex:', QUERIES.map((q) => `${q} ${oursRun.hits[q]}/${flexRun.hits[q]}`).join(', '))
