// A synchronous safety net for edits not yet in IndexedDB. An IndexedDB write started while
// the page unloads never commits, so pending note text is mirrored to localStorage as it is
// typed, and a pending briefing is stashed there on `pagehide`. The next start writes any
// stash that is newer than the stored record, then clears it. A briefing stash whose revision
// was overtaken by another window's save is offered as a named snapshot instead.
import { sameContent } from '@shared/briefing/snapshots'
import type { PolicyDeskDb } from './db'

/** The name of the snapshot that keeps a stash whose briefing moved on (see the history panel). */
export const RECOVERED_SNAPSHOT_NAME = '崩溃前未保存的编辑'

const PREFIX = 'policy-desk.unsaved.'
type Stash = { kind: 'note'; id: string; body: string; at: number } | {
      kind: 'briefing'
      id: string
      title: string
      doc: Record<string, unknown>
      at: number
      /** the stored revision these edits started from (absent in stashes of older versions) */
      rev?: number
    }

function key(kind: Stash['kind'], id: string): string {
  return `${PREFIX}${kind}.${id}`
}

export function stashEdit(stash: Stash): void {
  try {
    localStorage.setItem(key(stash.kind, stash.id), JSON.stringify(stash))
  } catch {
    // Storage full or unavailable: the regular autosave still runs.
  }
}

export function clearEdit(kind: Stash['kind'], id: string, savedAt: number): void {
  const k = key(kind, id)
  try {
    const raw = localStorage.getItem(k)
    if (raw && (JSON.parse(raw) as Stash).at <= savedAt) localStorage.removeItem(k)
  } catch {
    localStorage.removeItem(k)
  }
}

function readStashes(): { key: string; stash: Stash }[] {
  const out: { key: string; stash: Stash }[] = []
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i)
    if (!k?.startsWith(PREFIX)) continue
    try {
      out.push({ key: k, stash: JSON.parse(localStorage.getItem(k) ?? '') as Stash })
    } catch {
      localStorage.removeItem(k)
    }
  }
  return out
}

/** Whether any edit waits to be written (checked before opening the database for it). */
export function hasUnsavedEdits(): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(PREFIX)) return true
  } catch {
    // no localStorage: nothing was stashed
  }
  return false
}

/** Writes stashed edits that are newer than what the database holds. Returns how many. */
export async function recoverUnsavedEdits(db: PolicyDeskDb): Promise<number> {
  let recovered = 0
  for (const { key: k, stash } of readStashes()) {
    if (stash.kind === 'note') {
      const note = await db.notes.get(stash.id)
      if (note && note.updatedAt < stash.at && note.body !== stash.body) {
        await db.notes.update(stash.id, { body: stash.body, updatedAt: stash.at })
        recovered++
      }
    } else if (await recoverBriefing(db, stash)) {
      recovered++
    }
    localStorage.removeItem(k)
  }
  return recovered
}

/**
 * Writes a stashed briefing as the next revision when nobody saved since it was stashed;
 * otherwise (and if it differs) keeps it as a named snapshot, to be restored by choice.
 */
async function recoverBriefing(db: PolicyDeskDb, stash: Extract<Stash, { kind: 'briefing' }>): Promise<boolean> {
  if (!stash.title.trim()) return false
  const b = await db.briefings.get(stash.id)
  if (!b || sameContent(b, stash)) return false
  const untouched = stash.rev === undefined ? b.updatedAt < stash.at : b.rev === stash.rev
  // loaded only when there is a stash to recover: they bring the briefing schemas
  const [{ addSnapshot }, { BriefingConflictError, putRevision }] = await Promise.all([import('./repositories/briefing-history'), import('./repositories/briefing-revision')])
  if (untouched) {
    try {
      await db.transaction('rw', db.briefings, () => putRevision(db, b.id, stash.title, stash.doc, b.rev))
      return true
    } catch (err) {
      if (!(err instanceof BriefingConflictError)) throw err
    }
  }
  await addSnapshot(db, { briefingId: b.id, kind: 'named', name: RECOVERED_SNAPSHOT_NAME, title: stash.title, doc: stash.doc })
  return false
}
