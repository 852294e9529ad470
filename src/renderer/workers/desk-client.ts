// The renderer's side of the desk worker: starts it with the change journal, forwards every
// committed change, prunes the journal once the worker has saved, and turns searches into
// promises. One worker per window.
import { shallowRef } from 'vue'
import type { SearchKind } from '@shared/search/index'
import { onCommitted, pruneJournal, readJournal } from '../data/change-feed'
import type { DeskHit, DeskStatus, FromDesk, ToDesk } from './desk/protocol'

export type RowsListener = (m: Extract<FromDesk, { type: 'rows' | 'patch' }>) => void

let worker: Worker | null = null
let nextId = 1
let batch = 0
/** Journal entries sent to the worker, by batch, until a save covers them. */
const sent = new Map<number, number[]>()
const waiting = new Map<number, (r: { hits: DeskHit[]; ms: number }) => void>()
const rowListeners = new Set<RowsListener>()
export const deskStatus = shallowRef<DeskStatus>({ phase: 'loading', done: 0, total: 0, fromCache: false, docs: 0 })
export const deskError = shallowRef<string | null>(null)
/** Ids of the policies that have at least one note (kept by the worker). */
export const notedPolicies = shallowRef<ReadonlySet<string>>(new Set())

function send(m: ToDesk): void {
  worker?.postMessage(m)
}

export function startDesk(): void {
  if (worker) return
  worker = new Worker(new URL('./desk.worker.ts', import.meta.url), { type: 'module', name: 'policy-desk' })
  worker.onmessage = (e: MessageEvent<FromDesk>) => {
    const m = e.data
    if (m.type === 'rows' || m.type === 'patch') rowListeners.forEach((fn) => fn(m))
    else if (m.type === 'noted') notedPolicies.value = new Set(JSON.parse(m.ids) as string[])
    else if (m.type === 'status') {
      deskStatus.value = m.status
      // `npm run bench` reads how the index was loaded or built from this mark.
      if (m.status.phase === 'ready') performance.mark('desk:ready', { detail: { ...m.status } })
    } else if (m.type === 'persisted') {
      const covered = new Set<number>()
      for (const [b, seqs] of sent) {
        if (b > m.batch) continue
        seqs.forEach((s) => covered.add(s))
        sent.delete(b)
      }
      if (covered.size) pruneJournal(covered)
    }
    else if (m.type === 'results') {
      waiting.get(m.id)?.({ hits: m.hits, ms: m.ms })
      waiting.delete(m.id)
    } else if (m.type === 'error') deskError.value = m.message
  }
  worker.onerror = (e) => (deskError.value = e.message || 'worker error')
  onCommitted((entries) => {
    batch++
    sent.set(batch, entries.map((e) => e.seq))
    send({ type: 'changed', entries, batch })
  })
  const journal = readJournal().entries
  sent.set(0, journal.map((e) => e.seq))
  send({ type: 'init', journal })
}

export function onRows(fn: RowsListener): () => void {
  rowListeners.add(fn)
  return () => rowListeners.delete(fn)
}

export function deskSearch(query: string, limit = 30, kinds?: SearchKind[]): Promise<{ hits: DeskHit[]; ms: number }> {
  // a window that started quietly (the print preview) starts its desk at the first search
  startDesk()
  const id = nextId++
  return new Promise((resolve) => {
    waiting.set(id, resolve)
    send({ type: 'search', id, query, limit, kinds })
  })
}

export function rebuildDesk(): void {
  startDesk()
  send({ type: 'rebuild' })
}
