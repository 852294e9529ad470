// The version history of the open briefing: the live list of snapshots, naming a version, a
// diff of a snapshot against the current text, and restore. Pending edits are saved first, so
// "current" is always what the editor shows.
import { defineStore } from 'pinia'
import { liveQuery, type Subscription } from 'dexie'
import { ref, shallowRef } from 'vue'
import { diffDocs, type DiffBlock } from '@shared/briefing/doc-diff'
import type { DocNode } from '@shared/briefing/doc-model'
import { snapshotNameError, type SnapshotNameError } from '@shared/briefing/snapshots'
import { getDb } from '../data/db'
import { getBriefing } from '../data/repositories/briefings'
import { getSnapshot, listSnapshotSummaries, restoreSnapshot, takeNamedSnapshot, type SnapshotSummary } from '../data/repositories/briefing-history'
import { BriefingConflictError } from '../data/repositories/briefing-revision'
import { useBriefingsStore } from './briefings'

export interface SnapshotPreview {
  snapshot: SnapshotSummary
  /** the snapshot's title and the current one, when they differ */
  title: { before: string; after: string } | null
  blocks: DiffBlock[]
}
/** Why an action did not happen: a bad name, an open conflict, or another window's save. */
export type HistoryRefusal = SnapshotNameError | 'conflict' | 'raced'

export const useBriefingHistoryStore = defineStore('briefingHistory', () => {
  const briefings = useBriefingsStore()
  const items = shallowRef<SnapshotSummary[]>([])
  const preview = shallowRef<SnapshotPreview | null>(null)
  const busy = ref(false)
  let watchedId: string | null = null
  let sub: Subscription | null = null

  function watch(briefingId: string): void {
    if (watchedId === briefingId && sub) return
    unwatch()
    watchedId = briefingId
    sub = liveQuery(() => listSnapshotSummaries(getDb(), briefingId)).subscribe({ next: (rows) => (items.value = rows) })
  }

  function unwatch(): void {
    sub?.unsubscribe()
    sub = null
    watchedId = null
    items.value = []
    preview.value = null
  }

  /** Saves pending edits; false when the briefing is in a conflict that the user must settle first. */
  async function saveFirst(): Promise<boolean> {
    await briefings.flush()
    return !briefings.conflict
  }

  /** 保存版本: a named snapshot of the current text. */
  async function saveVersion(name: string): Promise<HistoryRefusal | null> {
    const id = briefings.openId
    const invalid = snapshotNameError(name)
    if (invalid || !id) return invalid ?? 'conflict'
    busy.value = true
    try {
      if (!(await saveFirst())) return 'conflict'
      await takeNamedSnapshot(getDb(), id, name)
      return null
    } finally {
      busy.value = false
    }
  }

  /** What changed between a snapshot and the current text (deleted since: del; added since: ins). */
  async function showDiff(snapshotId: string): Promise<void> {
    const id = briefings.openId
    const summary = items.value.find((s) => s.id === snapshotId)
    if (!id || !summary) return
    await briefings.flush()
    const [snap, current] = await Promise.all([getSnapshot(getDb(), snapshotId), getBriefing(getDb(), id)])
    if (!snap || !current) return
    preview.value = {
      snapshot: summary,
      title: snap.title === current.title ? null : { before: snap.title, after: current.title },
      blocks: diffDocs(snap.doc as unknown as DocNode, current.doc as unknown as DocNode),
    }
  }

  /** Restores a snapshot as a new revision; the current text becomes the snapshot `beforeName`. */
  async function restore(snapshotId: string, beforeName: string): Promise<HistoryRefusal | null> {
    busy.value = true
    try {
      if (!(await saveFirst())) return 'conflict'
      const b = await restoreSnapshot(getDb(), snapshotId, briefings.openRev, beforeName)
      briefings.replaced(b)
      preview.value = null
      return null
    } catch (err) {
      // another window saved a moment ago: its message reloads this one; the user can retry
      if (err instanceof BriefingConflictError) return 'raced'
      throw err
    } finally {
      busy.value = false
    }
  }

  function closePreview(): void {
    preview.value = null
  }

  return { items, preview, busy, watch, unwatch, saveVersion, showDiff, restore, closePreview }
})
