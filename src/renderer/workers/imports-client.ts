// The UI thread's side of the import worker: one request at a time with progress, and the
// change journal kept here on the worker's behalf (see workers/imports/session.ts).
import type { Bundle } from '@shared/bundle/schema'
import { announceCommitted, recordChange } from '../data/change-feed'
import type { FromImports, ImportsResult, ToImports } from './imports/protocol'

type Request = ToImports extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never
type Pending = { resolve: (r: ImportsResult) => void; reject: (e: Error) => void; progress?: (done: number, total: number) => void }

let worker: Worker | null = null
let nextId = 0
const pending = new Map<number, Pending>()

function ensure(): Worker {
  if (worker) return worker
  const w = new Worker(new URL('./imports.worker.ts', import.meta.url), { type: 'module', name: 'policy-desk-imports' })
  w.onmessage = (e: MessageEvent<FromImports>) => {
    const m = e.data
    if (m.type === 'journal') {
      const entries = m.changes.map((c) => recordChange(c.table, c.ids))
      w.postMessage({ type: 'journaled', req: m.req, entries } satisfies ToImports)
    } else if (m.type === 'committed') announceCommitted(m.entries)
    else if (m.type === 'progress') pending.get(m.id)?.progress?.(m.done, m.total)
    else {
      const p = pending.get(m.id)
      pending.delete(m.id)
      if (m.type === 'result') p?.resolve(m.result)
      else p?.reject(new Error(m.message))
    }
  }
  w.onerror = (e) => {
    for (const p of pending.values()) p.reject(new Error(e.message || 'import worker failed'))
    pending.clear()
  }
  worker = w
  return w
}

function send(req: Request, progress?: Pending['progress']): Promise<ImportsResult> {
  const id = ++nextId
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, ...(progress ? { progress } : {}) })
    ensure().postMessage({ ...req, id } as ToImports)
  })
}

export const importsWorker = {
  prepare: (text: string, source: string) => send({ type: 'prepare', text, source }),
  prepareBundle: (bundle: Bundle, source: string) => send({ type: 'prepareBundle', bundle, source }),
  apply: (progress: Pending['progress'], signature?: string) => send({ type: 'apply', ...(signature ? { signature } : {}) }, progress),
  undo: (importId: string) => send({ type: 'undo', importId }),
}
