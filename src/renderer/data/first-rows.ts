// The first screen's data, read as early as the page allows. `public/open-early.js`, a plain
// script in the page head, opens the database and reads the 50 newest policies with bare
// IndexedDB while the app's scripts are still loading; the records store takes that answer
// here when the database is at the schema version this build expects, and reads through
// Dexie otherwise (a first start, an upgrade pending, no early script).
import type { Policy } from '@shared/model/records'
import { loadDb } from './db-lazy'
import { SCHEMA_VERSIONS } from './schema-versions'

export const FIRST_ROWS = 50

export interface FirstRead {
  seeded: boolean
  first: Policy[]
}

/** What open-early.js leaves on the page: the IndexedDB version it found, and its read. */
export interface EarlyRead extends FirstRead {
  version: number
}

declare global {
  interface Window {
    __pdEarly?: Promise<EarlyRead | null>
  }
}

/** The IndexedDB version of the newest schema (Dexie opens version v as v × 10). */
export const IDB_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version * 10

/** Whether the database holds the default data yet, and its newest policies by `issued`. */
export async function readFirstRows(): Promise<FirstRead> {
  const db = await loadDb()
  return Promise.all([db.meta.get('seeded'), db.policies.orderBy('issued').reverse().limit(FIRST_ROWS).toArray()]).then(([seeded, first]) => ({
    seeded: Boolean(seeded),
    first,
  }))
}

/** The page's early read when it is usable, else a read through Dexie. Taken once. */
export async function takeFirstRows(): Promise<FirstRead> {
  const early = await (window.__pdEarly ?? Promise.resolve(null)).catch(() => null)
  window.__pdEarly = undefined
  if (early && early.version === IDB_VERSION && Array.isArray(early.first)) return { seeded: early.seeded, first: early.first.slice(0, FIRST_ROWS) }
  return readFirstRows()
}
