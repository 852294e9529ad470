// The first screen's data, read as early as the page allows: main.ts imports this module before
// anything else, so the database opens (and the 50 newest policies are read) while Vue, the
// stores and the shell are still being evaluated and mounted. The records store takes the
// result (stores/records.ts); nothing else should read it.
import type { Policy } from '@shared/model/records'
import { getDb } from './db'

export const FIRST_ROWS = 50

export interface FirstRead {
  seeded: boolean
  first: Policy[]
}

/** Whether the database holds the default data yet, and its newest policies by `issued`. */
export function readFirstRows(): Promise<FirstRead> {
  const db = getDb()
  return Promise.all([db.meta.get('seeded'), db.policies.orderBy('issued').reverse().limit(FIRST_ROWS).toArray()]).then(([seeded, first]) => ({
    seeded: Boolean(seeded),
    first,
  }))
}

let early: Promise<FirstRead> | null = null

/** Starts the read once; later calls get the same promise. */
export function startFirstRows(): Promise<FirstRead> {
  early ??= readFirstRows()
  return early
}

/** The read main.ts started, if any (a failed one is read again by the caller). */
export function takeEarlyFirstRows(): Promise<FirstRead> | null {
  const got = early
  early = null
  return got
}
