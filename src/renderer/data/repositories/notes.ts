// The analyst's notes on records. Notes live in their own table so that no import or
// record deletion ever touches them; an orphaned note stays readable.
import { newId, noteSchema, type Note, type NoteTarget, type QuoteAnchor } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'

export function listNotes(db: PolicyDeskDb, targetKind: NoteTarget, targetId: string): Promise<Note[]> {
  return db.notes
    .where('[targetKind+targetId]')
    .equals([targetKind, targetId])
    .sortBy('createdAt')
}

/**
 * A new note; `quote` anchors it to a passage of the record's text and is never changed afterwards.
 * `id` lets a caller know the note before it is written (to focus it the moment it is shown).
 */
export async function createNote(
  db: PolicyDeskDb,
  targetKind: NoteTarget,
  targetId: string,
  body = '',
  quote?: QuoteAnchor,
  id: string = newId('note'),
): Promise<Note> {
  const now = Date.now()
  const note = noteSchema.parse({ id, targetKind, targetId, body, ...(quote ? { quote } : {}), createdAt: now, updatedAt: now })
  await db.notes.add(note)
  return note
}

export async function updateNote(db: PolicyDeskDb, id: string, body: string): Promise<void> {
  noteSchema.shape.body.parse(body)
  const changed = await db.notes.update(id, { body, updatedAt: Date.now() })
  if (changed === 0) throw new Error(`note ${id} not found`)
}

export async function setNoteTags(db: PolicyDeskDb, id: string, tags: string[]): Promise<void> {
  const valid = noteSchema.shape.tags.parse(tags)
  await db.notes.update(id, { tags: valid, updatedAt: Date.now() })
}

export async function setNotePinned(db: PolicyDeskDb, id: string, pinned: boolean): Promise<void> {
  await db.notes.update(id, { pinned, updatedAt: Date.now() })
}

/** Every note, pinned first, then newest first. */
export async function listAllNotes(db: PolicyDeskDb): Promise<Note[]> {
  const all = await db.notes.toArray()
  return all.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.updatedAt - a.updatedAt)
}

export function deleteNote(db: PolicyDeskDb, id: string): Promise<void> {
  return db.notes.delete(id)
}

export function countNotes(db: PolicyDeskDb): Promise<number> {
  return db.notes.count()
}
