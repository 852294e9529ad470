// Seeds the app's own database (PolicyDeskDb) with N generated policies and N/2 notes, after
// validating every record against the app's schemas; marks it 'seeded' so the app adds no defaults.
import { PolicyDeskDb } from '../../src/renderer/data/db'
import { policySchema } from '../../src/shared/model/records'
import { noteSchema } from '../../src/shared/model/user-data'
import { generateAll } from '../generate'

declare global {
  interface Window { __seed?: { ok: boolean; error?: string; policies?: number; notes?: number; validateMs?: number; writeMs?: number } }
}

async function seed(n: number): Promise<void> {
  const { policies, notes } = generateAll(n)
  const t0 = performance.now()
  for (const p of policies) policySchema.parse(p)
  for (const x of notes) noteSchema.parse(x)
  const t1 = performance.now()
  const db = new PolicyDeskDb()
  await db.open()
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())))
  const CHUNK = 5000
  for (let i = 0; i < policies.length; i += CHUNK) await db.policies.bulkPut(policies.slice(i, i + CHUNK))
  for (let i = 0; i < notes.length; i += CHUNK) await db.notes.bulkPut(notes.slice(i, i + CHUNK))
  // The key seedIfEmpty (src/renderer/data/import-bundle.ts) checks before loading default data.
  await db.meta.put({ key: 'seeded', value: Date.now() })
  db.close()
  window.__seed = { ok: true, policies: policies.length, notes: notes.length, validateMs: t1 - t0, writeMs: performance.now() - t1 }
}

const n = Number(new URLSearchParams(location.search).get('n') ?? 10000)
seed(n).catch((err: unknown) => (window.__seed = { ok: false, error: String(err instanceof Error ? err.stack : err) }))
