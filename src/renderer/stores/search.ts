// The search index of everything on the desk: policies, vendors, models, notes and briefings.
// It follows every change (records via the records store, notes and briefings via liveQuery)
// and is rebuilt whole, which is quick at the default data's size; the Policies issue moves
// it into a worker with a persisted index for 100k records.
import { defineStore } from 'pinia'
import { liveQuery, type Subscription } from 'dexie'
import { computed, shallowRef, watch } from 'vue'
import { SearchIndex, type SearchHit, type SearchKind } from '@shared/search/index'
import { docPlainText } from '@shared/search/doc-text'
import type { Briefing, Note } from '@shared/model/user-data'
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
  const subs: Subscription[] = []

  function start(): void {
    if (subs.length) return
    const db = getDb()
    subs.push(liveQuery(() => db.notes.toArray()).subscribe({ next: (rows) => (notes.value = rows) }))
    subs.push(liveQuery(() => db.briefings.toArray()).subscribe({ next: (rows) => (briefings.value = rows) }))
  }

  const index = shallowRef(new SearchIndex())
  function rebuild(): void {
    performance.mark('search:rebuild-start')
    const next = new SearchIndex()
    for (const p of records.policies) {
      next.add({ kind: 'policies', id: p.id, title: p.title, aliases: p.aliases, docNumber: p.docNumber, body: [p.summary, ...p.keyMeasures, p.regionName, ...p.issuers, p.fullText ?? ''].join('\n') })
    }
    for (const v of records.vendors) next.add({ kind: 'vendors', id: v.id, title: v.name, aliases: v.aliases, body: v.summary })
    for (const m of records.models) next.add({ kind: 'models', id: m.id, title: m.name, aliases: m.aliases, body: m.summary })
    for (const n of notes.value) next.add({ kind: 'notes', id: n.id, title: targetTitle(n), body: n.body })
    for (const b of briefings.value) next.add({ kind: 'briefings', id: b.id, title: b.title, body: docPlainText(b.doc) })
    index.value = next
    performance.mark('search:rebuild-end')
  }
  watch(() => [records.policies, records.vendors, records.models, notes.value, briefings.value], rebuild, { immediate: true })

  function targetTitle(n: Note): string {
    if (n.targetKind === 'policies') return records.policies.find((p) => p.id === n.targetId)?.title ?? n.targetId
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
    return index.value.search(query, { limit }).map((h) => ({ ...h, route: routeOf(h.kind, h.id), context: h.kind === 'notes' ? h.title : '' }))
  }

  const size = computed(() => index.value.size)
  return { start, search, size }
})
