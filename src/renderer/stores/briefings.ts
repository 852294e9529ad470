// Briefings list and the one being edited. The document is serialised only when autosave
// fires after a pause, never on every keystroke.
import { defineStore } from 'pinia'
import { liveQuery, type Subscription } from 'dexie'
import { ref, shallowRef } from 'vue'
import type { Briefing } from '@shared/model/user-data'
import { appendBlocks, type DocNode } from '@shared/briefing/policy-list'
import { getDb } from '../data/db'
import { createBriefing, deleteBriefing, getBriefing, saveBriefing } from '../data/repositories/briefings'
import { listBriefings } from '../data/repositories/briefings'
import { desktop } from '../platform'
import { clearEdit, stashEdit } from '../data/unsaved-edits'
import { saveBriefingPrint } from '../data/repositories/briefing-print'
import type { PrintSettings } from '@shared/briefing/doc-model'

export const BRIEFING_AUTOSAVE_MS = 800

export const useBriefingsStore = defineStore('briefings', () => {
  const list = shallowRef<Briefing[]>([])
  const saveState = ref<'idle' | 'pending' | 'saving' | 'saved' | 'error'>('idle')
  const lastError = ref<string | null>(null)
  let sub: Subscription | null = null
  let pendingSave: { id: string; read: () => { title: string; doc: Record<string, unknown> }; timer: ReturnType<typeof setTimeout> } | null = null

  function watchList(): void {
    sub ??= liveQuery(() => listBriefings(getDb())).subscribe({ next: (rows) => (list.value = rows) })
  }

  function create(title: string): Promise<Briefing> {
    return createBriefing(getDb(), title, { type: 'doc', content: [{ type: 'paragraph' }] })
  }

  function load(id: string): Promise<Briefing | undefined> {
    return getBriefing(getDb(), id)
  }

  /** Marks the briefing dirty; `read` is called once, when the save actually happens. */
  function touch(id: string, read: () => { title: string; doc: Record<string, unknown> }): void {
    if (pendingSave) clearTimeout(pendingSave.timer)
    saveState.value = 'pending'
    pendingSave = { id, read, timer: setTimeout(() => void flush(), BRIEFING_AUTOSAVE_MS) }
  }

  async function flush(): Promise<void> {
    const p = pendingSave
    if (!p) return
    clearTimeout(p.timer)
    pendingSave = null
    saveState.value = 'saving'
    try {
      const { title, doc } = p.read()
      const startedAt = Date.now()
      await saveBriefing(getDb(), p.id, title, doc)
      clearEdit('briefing', p.id, startedAt)
      saveState.value = pendingSave ? 'pending' : 'saved'
      lastError.value = null
    } catch (err) {
      saveState.value = 'error'
      lastError.value = err instanceof Error ? err.message : String(err)
    }
  }

  /** On unload: serialise the pending document once, synchronously, into the stash. */
  function stashPending(): void {
    if (!pendingSave) return
    const { title, doc } = pendingSave.read()
    stashEdit({ kind: 'briefing', id: pendingSave.id, title, doc, at: Date.now() })
  }

  /** Adds blocks at the end of a stored briefing (after saving any pending edit of it). */
  async function append(id: string, blocks: readonly DocNode[]): Promise<Briefing> {
    await flush()
    const b = await getBriefing(getDb(), id)
    if (!b) throw new Error(`briefing ${id} not found`)
    return saveBriefing(getDb(), id, b.title, appendBlocks(b.doc, blocks))
  }

  async function remove(id: string): Promise<void> {
    if (pendingSave?.id === id) {
      clearTimeout(pendingSave.timer)
      pendingSave = null
    }
    await deleteBriefing(getDb(), id)
  }

  async function print(title: string): Promise<void> {
    await flush()
    await desktop.briefings.print({ title })
  }

  async function exportPdf(title: string): Promise<string | null> {
    await flush()
    const res = await desktop.briefings.exportPdf({ title })
    return res.ok ? null : res.error.message
  }

  /** Print settings only (style, numbering, header): the document is not touched. */
  function savePrint(id: string, settings: PrintSettings): Promise<Briefing> {
    return saveBriefingPrint(getDb(), id, settings)
  }

  /** Saves a self-contained HTML file (main shows the dialog; the browser downloads it). */
  async function exportHtml(title: string, content: string): Promise<string | null> {
    const res = await desktop.files.saveText({ suggestedName: title, content, filter: 'html' })
    return res.ok ? null : res.error.message
  }

  return { list, saveState, lastError, watchList, create, load, touch, flush, stashPending, append, remove, print, exportPdf, savePrint, exportHtml }
})
