// Briefings list and the one being edited. The document is serialised only when autosave
// fires (after a pause, or once a second while typing goes on), never on every keystroke.
// Each save names the revision it started from; other windows hear of it and reload.
import { defineStore } from 'pinia'
import type { PrintSettings } from '@shared/briefing/doc-model'
import { liveQuery, type Subscription } from 'dexie'
import { ref, shallowRef } from 'vue'
import type { Briefing } from '@shared/model/user-data'
import { appendBlocks, type DocNode } from '@shared/briefing/policy-list'
import { sameContent } from '@shared/briefing/snapshots'
import { getDb } from '../data/db'
import { BriefingConflictError, createBriefing, deleteBriefing, getBriefing, listBriefings, saveBriefing } from '../data/repositories/briefings'
import { addSnapshot, listSnapshots, snapshotIfChanged, writeOverCurrent } from '../data/repositories/briefing-history'
import { desktop } from '../platform'
import { RECOVERED_SNAPSHOT_NAME, clearEdit, stashEdit } from '../data/unsaved-edits'
import { saveBriefingPrint } from '../data/repositories/briefing-print'

export const BRIEFING_AUTOSAVE_MS = 800
/** Continuous typing still saves this often (one serialisation per second at most). */
export const BRIEFING_AUTOSAVE_MAX_WAIT_MS = 1000
export const BRIEFINGS_CHANNEL = 'policy-desk-briefings'

export type BriefingContent = { title: string; doc: Record<string, unknown> }
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict'
interface Pending {
  id: string
  read: () => BriefingContent
  debounce: ReturnType<typeof setTimeout>
  maxWait: ReturnType<typeof setTimeout>
}

export const useBriefingsStore = defineStore('briefings', () => {
  const list = shallowRef<Briefing[]>([])
  const saveState = ref<SaveState>('idle')
  const lastError = ref<string | null>(null)
  /** The briefing open in the editor and the revision the editor's content is based on. */
  const openId = ref<string | null>(null)
  const openRev = ref(0)
  /** Set when another window saved over our unsaved edits: our content and theirs. */
  const conflict = shallowRef<{ mine: BriefingContent; theirs: Briefing } | null>(null)
  /** Set when the open briefing's content was replaced from outside its editor (another window, restore). */
  const externalUpdate = shallowRef<Briefing | null>(null)
  /** When a stash from a crash could not be applied and waits in the history (see unsaved-edits.ts). */
  const recoveredAt = ref<number | null>(null)
  let sub: Subscription | null = null
  let pending: Pending | null = null
  let chain: Promise<void> = Promise.resolve()
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(BRIEFINGS_CHANNEL)
  if (channel) channel.onmessage = (e: MessageEvent<{ id: string; rev: number }>) => void onRemoteSave(e.data)

  function watchList(): void {
    sub ??= liveQuery(() => listBriefings(getDb())).subscribe({ next: (rows) => (list.value = rows) })
  }

  /** A new briefing: blank, or with a template's (or an imported file's) document and print settings. */
  function create(title: string, doc?: Record<string, unknown>, print?: PrintSettings): Promise<Briefing> {
    return createBriefing(getDb(), title, doc ?? { type: 'doc', content: [{ type: 'paragraph' }] }, print)
  }

  /** Opens a briefing for editing; an automatic snapshot is taken if it changed since the last one. */
  async function load(id: string): Promise<Briefing | undefined> {
    const db = getDb()
    const b = await getBriefing(db, id)
    if (!b) return undefined
    openId.value = id
    openRev.value = b.rev
    conflict.value = null
    saveState.value = 'idle'
    try {
      await snapshotIfChanged(db, b)
      const recovered = (await listSnapshots(db, id)).find((s) => s.kind === 'named' && s.name === RECOVERED_SNAPSHOT_NAME)
      recoveredAt.value = recovered && recovered.at > b.updatedAt ? recovered.at : null
    } catch (err) {
      lastError.value = err instanceof Error ? err.message : String(err)
    }
    return b
  }

  /** The stored briefing, for the print preview: no snapshot, no edit session (that is `load`). */
  function read(id: string): Promise<Briefing | undefined> {
    return getBriefing(getDb(), id)
  }

  /** Marks the briefing dirty; `read` is called once, when the save actually happens. */
  function touch(id: string, read: () => BriefingContent): void {
    if (pending) clearTimeout(pending.debounce)
    if (pending && pending.id !== id) clearTimeout(pending.maxWait)
    const maxWait = pending?.id === id ? pending.maxWait : setTimeout(() => void flush(), BRIEFING_AUTOSAVE_MAX_WAIT_MS)
    if (saveState.value !== 'conflict') saveState.value = 'pending'
    pending = { id, read, maxWait, debounce: setTimeout(() => void flush(), BRIEFING_AUTOSAVE_MS) }
  }

  /** Saves the pending edit now. Saves run one after another, so each starts from the last one's revision. */
  function flush(): Promise<void> {
    chain = chain.then(saveNow, saveNow)
    return chain
  }

  function takePending(): Pending | null {
    const p = pending
    if (p) {
      clearTimeout(p.debounce)
      clearTimeout(p.maxWait)
    }
    pending = null
    return p
  }

  async function saveNow(): Promise<void> {
    const p = takePending()
    if (!p) return
    let content: BriefingContent
    try {
      content = p.read()
    } catch (err) {
      saveState.value = 'error'
      lastError.value = err instanceof Error ? err.message : String(err)
      return
    }
    const inConflict = conflict.value && p.id === openId.value
    if (inConflict) {
      // Until the user chooses, later edits only go to the local stash (safe from a crash).
      conflict.value = { ...conflict.value!, mine: content }
      stashEdit({ kind: 'briefing', id: p.id, ...content, at: Date.now(), rev: openRev.value })
      return
    }
    saveState.value = 'saving'
    const startedAt = Date.now()
    const db = getDb()
    try {
      const expected = p.id === openId.value ? openRev.value : ((await getBriefing(db, p.id))?.rev ?? 0)
      const saved = await saveBriefing(db, p.id, content.title, content.doc, expected)
      if (p.id === openId.value) openRev.value = saved.rev
      clearEdit('briefing', p.id, startedAt)
      announce(saved)
      saveState.value = pending ? 'pending' : 'saved'
      lastError.value = null
    } catch (err) {
      if (err instanceof BriefingConflictError && p.id === openId.value && sameContent(content, err.stored)) {
        // both windows wrote the same thing (e.g. both refreshed citations on opening): nothing to choose
        openRev.value = err.stored.rev
        clearEdit('briefing', p.id, startedAt)
        saveState.value = pending ? 'pending' : 'saved'
        return
      }
      if (err instanceof BriefingConflictError && p.id === openId.value) {
        conflict.value = { mine: content, theirs: err.stored }
        saveState.value = 'conflict'
      } else {
        saveState.value = 'error'
        lastError.value = err instanceof Error ? err.message : String(err)
      }
      // whatever went wrong, the edit survives a crash in the stash
      stashEdit({ kind: 'briefing', id: p.id, ...content, at: Date.now(), rev: p.id === openId.value ? openRev.value : undefined })
    }
  }

  function announce(b: Briefing): void {
    channel?.postMessage({ id: b.id, rev: b.rev })
  }

  /** Another window saved: reload quietly if we have nothing unsaved, else face the conflict now. */
  async function onRemoteSave(msg: { id: string; rev: number }): Promise<void> {
    if (msg.id !== openId.value || msg.rev <= openRev.value) return
    if (conflict.value) {
      const theirs = await getBriefing(getDb(), msg.id)
      if (theirs) conflict.value = { ...conflict.value, theirs }
      return
    }
    if (pending || saveState.value === 'saving') {
      await flush()
      return
    }
    const b = await getBriefing(getDb(), msg.id)
    if (!b || b.id !== openId.value || b.rev <= openRev.value || pending) return
    openRev.value = b.rev
    externalUpdate.value = b
  }

  /** Our latest content in a conflict: the edits typed since it began win over the copy taken then. */
  function mineNow(): BriefingContent {
    const p = takePending()
    return p ? p.read() : conflict.value!.mine
  }

  function settled(b: Briefing, startedAt: number): void {
    conflict.value = null
    openRev.value = b.rev
    clearEdit('briefing', b.id, startedAt)
    saveState.value = 'saved'
  }

  /** 载入对方版本: keep ours as a named snapshot, then show theirs. */
  async function loadTheirs(snapshotName: string): Promise<void> {
    if (!conflict.value || !openId.value) return
    const startedAt = Date.now()
    const db = getDb()
    await addSnapshot(db, { briefingId: openId.value, kind: 'named', name: snapshotName, ...mineNow() })
    const theirs = await getBriefing(db, openId.value)
    if (!theirs) return
    settled(theirs, startedAt)
    externalUpdate.value = theirs
  }

  /** 另存为副本: our content becomes a new briefing; this one keeps theirs. Returns the copy. */
  async function saveMineAsCopy(copyTitle: (title: string) => string): Promise<Briefing | null> {
    if (!conflict.value || !openId.value) return null
    const startedAt = Date.now()
    const db = getDb()
    const mine = mineNow()
    const copy = await createBriefing(db, copyTitle(mine.title).slice(0, 120), mine.doc)
    const theirs = await getBriefing(db, openId.value)
    if (theirs) {
      settled(theirs, startedAt)
      // this window must not keep showing our text over their revision
      externalUpdate.value = theirs
    }
    return copy
  }

  /** 覆盖: keep theirs as a named snapshot, then save ours over it. */
  async function overwriteTheirs(snapshotName: string): Promise<void> {
    if (!conflict.value || !openId.value) return
    const startedAt = Date.now()
    const mine = mineNow()
    const { theirs } = conflict.value
    try {
      const saved = await writeOverCurrent(getDb(), openId.value, mine, theirs.rev, snapshotName)
      settled(saved, startedAt)
      announce(saved)
    } catch (err) {
      // a third save got in between: still a conflict, now against the newest version
      if (!(err instanceof BriefingConflictError)) throw err
      conflict.value = { mine, theirs: err.stored }
    }
  }

  /** After restoring a version (briefing-history store): the editor shows it, other windows hear of it. */
  function replaced(b: Briefing): void {
    takePending()
    openRev.value = b.rev
    saveState.value = 'saved'
    announce(b)
    externalUpdate.value = b
  }

  /** On unload: serialise the pending document once, synchronously, into the stash. */
  function stashPending(): void {
    if (!pending) return
    const { title, doc } = pending.read()
    stashEdit({ kind: 'briefing', id: pending.id, title, doc, at: Date.now(), rev: pending.id === openId.value ? openRev.value : undefined })
  }

  /** Adds blocks at the end of a stored briefing (after saving any pending edit of it). */
  async function append(id: string, blocks: readonly DocNode[]): Promise<Briefing> {
    await flush()
    const db = getDb()
    // another window may save between the read and the write: read again and retry
    for (let attempt = 0; ; attempt++) {
      const b = await getBriefing(db, id)
      if (!b) throw new Error(`briefing ${id} not found`)
      try {
        const saved = await saveBriefing(db, id, b.title, appendBlocks(b.doc, blocks), b.rev)
        announce(saved)
        return saved
      } catch (err) {
        if (!(err instanceof BriefingConflictError) || attempt >= 2) throw err
      }
    }
  }

  async function remove(id: string): Promise<void> {
    if (pending?.id === id) takePending()
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

  return {
    list, saveState, lastError, openId, openRev, conflict, externalUpdate, recoveredAt,
    watchList, create, load, read, touch, flush, stashPending, append, remove, print, exportPdf,
    loadTheirs, saveMineAsCopy, overwriteTheirs, replaced, savePrint, exportHtml,
  }
})
