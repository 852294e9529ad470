// Edits that had not reached IndexedDB when the page went away are written on the next start,
// but never over something newer.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { clearEdit, recoverUnsavedEdits, stashEdit } from '../../../src/renderer/data/unsaved-edits'
import { createNote } from '../../../src/renderer/data/repositories/notes'
import { createBriefing } from '../../../src/renderer/data/repositories/briefings'

class MemoryStorage {
  private map = new Map<string, string>()
  get length() {
    return this.map.size
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null
  }
  getItem(k: string) {
    return this.map.get(k) ?? null
  }
  setItem(k: string, v: string) {
    this.map.set(k, v)
  }
  removeItem(k: string) {
    this.map.delete(k)
  }
}

let db: PolicyDeskDb
/** Stashed edits only: the change journal shares localStorage. */
const stashCount = () => Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k) => k?.includes('unsaved')).length
beforeEach(async () => {
  ;(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage()
  db = new PolicyDeskDb(`unsaved-${Math.random()}`)
  await db.open()
})

describe('unsaved edits', () => {
  it('recovers a stashed note and briefing that are newer than the stored ones', async () => {
    const note = await createNote(db, 'policies', 'pol-a', '旧内容')
    const b = await createBriefing(db, '周报', { type: 'doc' })
    stashEdit({ kind: 'note', id: note.id, body: '刷新前最后一句', at: note.updatedAt + 10 })
    const doc = { type: 'doc', content: [{ type: 'paragraph' }] }
    stashEdit({ kind: 'briefing', id: b.id, title: '周报（定稿）', doc, at: b.updatedAt + 10 })
    expect(await recoverUnsavedEdits(db)).toBe(2)
    expect((await db.notes.get(note.id))!.body).toBe('刷新前最后一句')
    expect(await db.briefings.get(b.id)).toMatchObject({ title: '周报（定稿）', doc })
    expect(stashCount()).toBe(0)
  })

  it('never overwrites a newer stored version, and forgets stashes of deleted notes', async () => {
    const note = await createNote(db, 'policies', 'pol-a', '数据库里更新的内容')
    stashEdit({ kind: 'note', id: note.id, body: '过时的草稿', at: note.updatedAt - 10 })
    stashEdit({ kind: 'note', id: 'note-gone', body: '已删除', at: Date.now() })
    expect(await recoverUnsavedEdits(db)).toBe(0)
    expect((await db.notes.get(note.id))!.body).toBe('数据库里更新的内容')
    expect(stashCount()).toBe(0)
  })

  it('clears a stash once a save at least as new has landed', () => {
    stashEdit({ kind: 'note', id: 'n1', body: 'a', at: 100 })
    clearEdit('note', 'n1', 99)
    expect(stashCount()).toBe(1)
    clearEdit('note', 'n1', 100)
    expect(stashCount()).toBe(0)
  })
})
