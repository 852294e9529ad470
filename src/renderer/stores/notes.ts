// Notes on one record at a time, with autosave: edits are written after a short pause and
// at once on blur; each keystroke's text is also mirrored synchronously (unsaved-edits.ts),
// so neither a reload nor a crash loses what was typed.
import { defineStore } from 'pinia'
import { liveQuery, type Subscription } from 'dexie'
import { ref, shallowRef } from 'vue'
import type { Note, NoteTarget, QuoteAnchor } from '@shared/model/user-data'
import { getDb } from '../data/db'
import { createNote, deleteNote, listNotes, setNotePinned, setNoteTags, updateNote } from '../data/repositories/notes'
import { clearEdit, stashEdit } from '../data/unsaved-edits'

export const AUTOSAVE_MS = 400

export const useNotesStore = defineStore('notes', () => {
  const notes = shallowRef<Note[]>([])
  const saveState = ref<'idle' | 'pending' | 'saving' | 'saved' | 'error'>('idle')
  const lastError = ref<string | null>(null)
  const pending = new Map<string, { body: string; timer: ReturnType<typeof setTimeout> }>()
  let sub: Subscription | null = null

  function watchTarget(kind: NoteTarget, id: string): void {
    sub?.unsubscribe()
    notes.value = []
    sub = liveQuery(() => listNotes(getDb(), kind, id)).subscribe({ next: (rows) => (notes.value = rows) })
  }

  async function add(kind: NoteTarget, id: string, quote?: QuoteAnchor, noteId?: string): Promise<Note> {
    return createNote(getDb(), kind, id, '', quote, noteId)
  }

  function edit(id: string, body: string): void {
    const prev = pending.get(id)
    if (prev) clearTimeout(prev.timer)
    saveState.value = 'pending'
    stashEdit({ kind: 'note', id, body, at: Date.now() })
    pending.set(id, { body, timer: setTimeout(() => void flush(id), AUTOSAVE_MS) })
  }

  async function flush(id?: string): Promise<void> {
    const ids = id ? [id] : [...pending.keys()]
    for (const noteId of ids) {
      const p = pending.get(noteId)
      if (!p) continue
      clearTimeout(p.timer)
      pending.delete(noteId)
      saveState.value = 'saving'
      try {
        const startedAt = Date.now()
        await updateNote(getDb(), noteId, p.body)
        clearEdit('note', noteId, startedAt)
        saveState.value = pending.size ? 'pending' : 'saved'
      } catch (err) {
        saveState.value = 'error'
        lastError.value = err instanceof Error ? err.message : String(err)
      }
    }
  }

  async function remove(id: string): Promise<void> {
    const p = pending.get(id)
    if (p) clearTimeout(p.timer)
    pending.delete(id)
    await deleteNote(getDb(), id)
  }

  async function tag(id: string, tags: string[]): Promise<void> {
    await setNoteTags(getDb(), id, tags)
  }
  async function pin(id: string, pinned: boolean): Promise<void> {
    await setNotePinned(getDb(), id, pinned)
  }

  function stop(): void {
    void flush()
    sub?.unsubscribe()
    sub = null
  }

  return { notes, saveState, lastError, watchTarget, add, edit, flush, remove, tag, pin, stop }
})
