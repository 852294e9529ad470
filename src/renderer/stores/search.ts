// Search across policies, vendors, models, chips, corpora, notes and briefings. The index lives in the desk
// worker (workers/desk/desk.ts), follows every committed change and is saved with its cache;
// this store turns the worker's hits into results the palette can show and open.
import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { SearchKind } from '@shared/search/index'
import { deskSearch, deskStatus } from '../workers/desk-client'
import type { DeskHit } from '../workers/desk/protocol'
import { useRecordsStore } from './records'

export interface SearchResult extends DeskHit {
  route: string
  /** For a note: the title of the record it hangs on. */
  context: string
}

export const useSearchStore = defineStore('search', () => {
  const records = useRecordsStore()
  const status = deskStatus
  /** Changes whenever the index does, so open result lists ask again. */
  const version = computed(() => `${status.value.phase}:${status.value.docs}:${records.policies.length}`)

  function targetOf(kind: string, id: string): { route: string; title: string } {
    if (kind === 'policies') return { route: `/policies/${id}`, title: records.policyById.get(id)?.title ?? id }
    if (kind === 'vendors') return { route: `/vendors/${id}`, title: records.vendorById.get(id)?.name ?? id }
    if (kind === 'briefings') return { route: `/briefings/${id}`, title: id }
    if (kind === 'chips') return { route: `/chips/${id}`, title: records.chips.find((c) => c.id === id)?.name ?? id }
    if (kind === 'datasets') return { route: `/datasets/${id}`, title: records.datasets.find((d) => d.id === id)?.name ?? id }
    const vendorId = records.modelById.get(id)?.vendorId
    return { route: vendorId ? `/vendors/${vendorId}` : '/vendors', title: records.modelById.get(id)?.name ?? id }
  }

  function toResult(h: DeskHit): SearchResult {
    if (h.kind === 'notes' && h.target) {
      const t = targetOf(h.target.kind, h.target.id)
      return { ...h, route: t.route, context: t.title }
    }
    return { ...h, route: targetOf(h.kind, h.id).route, context: '' }
  }

  async function search(query: string, limit = 30, kinds?: SearchKind[]): Promise<SearchResult[]> {
    if (!query.trim()) return []
    const { hits } = await deskSearch(query, limit, kinds)
    return hits.map(toResult)
  }

  return { search, status, version }
})
