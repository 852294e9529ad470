// The import pipeline the Imports screen and the first start share: read, verify, plan, apply.
import { planImport, type ImportPlan } from '@shared/bundle/plan'
import { readBundleText, type ReadResult } from '@shared/bundle/read'
import type { Bundle } from '@shared/bundle/schema'
import type { PolicyDeskDb } from './db'
import { applyImport, mergeLookup } from './repositories/merge'

export type PreparedImport = { ok: true; bundle: Bundle; plan: ImportPlan; source: string } | Extract<ReadResult, { ok: false }>

export async function prepareImport(db: PolicyDeskDb, text: string, source: string): Promise<PreparedImport> {
  const read = await readBundleText(text)
  if (!read.ok) return read
  const plan = await planImport(read.bundle, mergeLookup(db))
  return { ok: true, bundle: read.bundle, plan, source }
}

/** Fills an empty database with the default bundle that ships with the app (loaded on demand). */
export async function seedIfEmpty(db: PolicyDeskDb): Promise<boolean> {
  const seeded = await db.meta.get('seeded')
  if (seeded) return false
  // Marks let `npm run bench` split the first start into its steps.
  performance.mark('seed:start')
  const { default: url } = await import('../../../resources/default-data/bundle.json?url')
  const text = await (await fetch(url)).text()
  performance.mark('seed:fetched')
  const prepared = await prepareImport(db, text, 'default-data/bundle.json')
  if (!prepared.ok) throw new Error('default data is invalid: ' + prepared.errors.map((e) => `${e.path}: ${e.message}`).join('; '))
  performance.mark('seed:planned')
  await applyImport(db, prepared.bundle, { source: prepared.source })
  await db.meta.put({ key: 'seeded', value: Date.now() })
  performance.mark('seed:applied')
  return true
}
