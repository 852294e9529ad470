// Checks that every generated record passes the app's own schemas (policySchema, noteSchema).
// Run: npx tsx bench/validate.ts [n]   (default 10000); run.mjs runs it at the bench scale.
import { policySchema } from '../src/shared/model/records'
import { noteSchema } from '../src/shared/model/user-data'
import { generateAll } from './generate'

const n = Number(process.argv[2] ?? 10000)
const t0 = performance.now()
const { policies, notes } = generateAll(n)
const t1 = performance.now()
for (const p of policies) policySchema.parse(p)
for (const x of notes) noteSchema.parse(x)
console.log(`validated ${policies.length} policies and ${notes.length} notes (generated in ${Math.round(t1 - t0)} ms, parsed in ${Math.round(performance.now() - t1)} ms)`)
