// Dexie and the database class, loaded on first use. The modules evaluated at start-up (the
// shell, its stores) reach the database through these, so Dexie (about a third of the start-up
// script) is evaluated in a task of its own once the first screen is up, not with the shell.
import type { Subscription } from 'dexie'
import type { PolicyDeskDb } from './db'

let loading: Promise<PolicyDeskDb> | null = null

/**
 * The one database (data/db.ts getDb), once its module has loaded. Constructing it (Dexie reads
 * every schema version) runs in a task of its own, not in the one that happened to ask first.
 */
export function loadDb(): Promise<PolicyDeskDb> {
  loading ??= import('./db').then((m) => new Promise<PolicyDeskDb>((ok) => setTimeout(() => ok(m.getDb()))))
  return loading
}

/** Dexie's liveQuery over the database: `next` gets each result. Returns a way to stop. */
export async function watchQuery<T>(query: (db: PolicyDeskDb) => Promise<T>, next: (value: T) => void): Promise<Subscription> {
  const [db, { liveQuery }] = await Promise.all([loadDb(), import('dexie')])
  return liveQuery(() => query(db)).subscribe({ next })
}
