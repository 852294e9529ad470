// The search index of everything on the desk: policies, vendors, models, notes and briefings.
// It follows every change (records via the records store, notes and briefings via liveQuery):
// a change marks it stale and the next search rebuilds it, so start-up never pays for it.
// At 100k records the rebuild is still a long task; moving it into a worker with a persisted
// index is the next step of the Policies issue.
import { defineStore } from 'pinia'
import { liveQuery, type Subscription } from 'dexie'
import { ref, shallowRef, watch } from 'vue'
import { SearchIndex, type SearchHit, type SearchKind } from '@shared/search/index'
import { docPlainText } from '@shared/search/doc-text'
import type { Briefing, Note } from '@shared/model/user-data'
import type { Policy } from '@shared/model/records'
import { getDb } from '../data/db'
import { useRecordsStore } from './records'

export interface SearchResult extends SearchHit {
  route: string
  context: string
}

export const useSearchStore = defineStore('search', () => {
  const records = useRecordsStore()
  const notes = shallowRef<Note[]>([])
  const briefings = shallowRef<Briefing[]>([])
  const policies = shallowRef<Policy[]>([])
  const subs: Subscription[] = []

  function start(): void {
    if (subs.length) return
    const db = getDb()
    subs.push(liveQuery(() => db.policies.toArray()).subscribe({ next: (rows) => (policies.value = rows) }))
    subs.push(liveQuery(() => db.notes.toArray()).subscribe({ next: (rows) => (notes.value = rows) }))
    subs.push(liveQuery(() => db.briefings.toArray()).subscribe({ next: (rows) => (briefings.value = rows) }))
  }

  let index = new SearchIndex()
  let stale = true
  const size = ref(0)
  function rebuild(): void {
    performance.mark('search:rebuild-start')
    const next = new SearchIndex()
    for (const p of policies.value) {
      next.add({ kind: 'policies', id: p.id, title: p.title, aliases: p.aliases, docNumber: p.docNumber, body: [p.summary, ...p.keyMeasures, p.regionName, ...p.issuers, p.fullText ?? ''].join('\n') })
    }
    for (const v of records.vendors) next.add({ kind: 'vendors', id: v.id, title: v.name, aliases: v.aliases, body: v.summary })
    for (const m of records.models) next.add({ kind: 'models', id: m.id, title: m.name, aliases: m.aliases, body: m.summary })
    const policyTitles = new Map(policies.value.map((p) => [p.id, p.title]))
    for (const n of notes.value) next.add({ kind: 'notes', id: n.id, title: targetTitle(n, policyTitles), body: n.body })
    for (const b of briefings.value) next.add({ kind: 'briefings', id: b.id, title: b.title, body: docPlainText(b.doc) })
    index = next
    stale = false
    size.value = next.size
    performance.mark('search:rebuild-end')
  }
  /** Bumped on every change, so open result lists recompute. */
  const version = ref(0)
  watch(() => [policies.value, records.vendors, records.models, notes.value, briefings.value], () => {
    stale = true
    version.value++
  })

  function targetTitle(n: Note, policyTitles: Map<string, string>): string {
    if (n.targetKind === 'policies') return policyTitles.get(n.targetId) ?? n.targetId
    if (n.targetKind === 'vendors') return records.vendorById.get(n.targetId)?.name ?? n.targetId
    return records.modelById.get(n.targetId)?.name ?? n.targetId
  }

  function routeOf(kind: SearchKind, id: string): string {
    if (kind === 'policies') return `/policies/${id}`
    if (kind === 'vendors') return `/vendors/${id}`
    if (kind === 'briefings') return `/briefings/${id}`
    if (kind === 'models') {
      const vendorId = records.modelById.get(id)?.vendorId
      return vendorId ? `/vendors/${vendorId}` : '/vendors'
    }
    const note = notes.value.find((n) => n.id === id)
    return note ? `/${note.targetKind === 'models' ? 'vendors' : note.targetKind}/${note.targetId}` : '/'
  }

  function search(query: string, limit = 30): SearchResult[] {
    if (stale) rebuild()
    return index.search(query, { limit }).map((h) => ({ ...h, route: routeOf(h.kind, h.id), context: h.kind === 'notes' ? h.title : '' }))
  }

  return { start, search, size, version }
})
