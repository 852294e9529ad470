// A synchronous safety net for edits not yet in IndexedDB. An IndexedDB write started while
// the page unloads never commits, so pending note text is mirrored to localStorage as it is
// typed, and a pending briefing is stashed there on `pagehide`. The next start writes any
// stash that is newer than the stored record, then clears it.
import type { PolicyDeskDb } from './db'

const PREFIX = 'policy-desk.unsaved.'
type Stash = { kind: 'note'; id: string; body: string; at: number } | { kind: 'briefing'; id: string; title: string; doc: Record<string, unknown>; at: number }

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
    } else {
      const b = await db.briefings.get(stash.id)
      if (b && b.updatedAt < stash.at && stash.title.trim()) {
        await db.briefings.put({ ...b, title: stash.title, doc: stash.doc, updatedAt: stash.at })
        recovered++
      }
    }
    localStorage.removeItem(k)
  }
  return recovered
}
