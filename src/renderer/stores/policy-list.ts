// The policy list's state: facet selection, text filter, sort, the set of policies with
// notes, and saved views (kept in the database's meta table).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw, watch } from 'vue'
import { FacetTable, type FacetContext, type Selection } from '@shared/policy/facets'
import type { PolicyLite } from '@shared/policy/lite'
import { getDb } from '../data/db'
import { watchQuery } from '../data/db-lazy'
import { useRecordsStore } from './records'
import { notedPolicies } from '../workers/desk-client'
import { nextTask } from '../scheduling'

export type SortKey = 'issued' | 'title' | 'level' | 'region'
export interface SavedView {
  name: string
  selection: Selection
  sort: SortKey
  desc: boolean
  query: string
}
const VIEWS_KEY = 'policyViews'

export const usePolicyListStore = defineStore('policyList', () => {
  const records = useRecordsStore()
  const selection = ref<Selection>({})
  const query = ref('')
  const sort = ref<SortKey>('issued')
  const desc = ref(true)
  /** Policies with notes: the desk worker keeps this, so 50,000 notes are never read here. */
  const withNotes = notedPolicies
  const views = shallowRef<SavedView[]>([])
  /** When set, only these policies are listed (a span brushed on the timeline). */
  const restricted = shallowRef<ReadonlySet<string> | null>(null)
  let started = false

  function start(): void {
    if (started) return
    started = true
    void watchQuery((db) => db.meta.get(VIEWS_KEY), (row) => (views.value = (row?.value as SavedView[] | undefined) ?? []))
  }

  const ctx = computed<FacetContext>(() => ({ asOf: Date.now(), withNotes: withNotes.value }))
  /**
   * Facet values of the rows in their default order (records.policies: newest first),
   * coded once per change of rows or notes, so a facet change is one quick pass.
   * Coding 100,000 rows takes a few hundred ms, so it runs in slices between frames; until it
   * is done the list shows the rows unfiltered and the facets wait.
   */
  const table = shallowRef<FacetTable | null>(null)
  const tableReady = computed(() => table.value !== null && table.value.size === records.policies.length)
  let building = 0
  watch(
    [() => records.policies, ctx],
    async ([rows, c]) => {
      const mine = ++building
      const built = await FacetTable.build(rows, c, nextTask, () => mine !== building)
      if (built) table.value = built
    },
    { immediate: true },
  )
  const only = computed(() => {
    const q = query.value.trim().toLowerCase()
    const ids = restricted.value
    if (!q && !ids) return undefined
    return (p: PolicyLite) =>
      (!ids || ids.has(p.id)) &&
      (!q || [p.title, p.gist, p.regionName, p.docNumber ?? '', ...p.aliases, ...p.issuers].some((s) => s.toLowerCase().includes(q)))
  })
  const counts = computed(() => (tableReady.value ? table.value!.counts(selection.value, only.value) : null))
  // Made when a list is first sorted by title: building the zh-CN collation (pinyin) took the
  // UI thread 30-50 ms, in the task that showed the first rows.
  let collator: Intl.Collator | null = null
  const rows = computed(() => {
    const list = tableReady.value ? table.value!.filter(selection.value, only.value) : only.value ? records.policies.filter(only.value) : records.policies.slice()
    if (sort.value === 'issued') return desc.value ? list : list.reverse()
    const dir = desc.value ? -1 : 1
    const cmp: Record<Exclude<SortKey, 'issued'>, (a: PolicyLite, b: PolicyLite) => number> = {
      title: (a, b) => dir * (collator ??= new Intl.Collator('zh-CN')).compare(a.title, b.title),
      level: (a, b) => dir * a.level.localeCompare(b.level),
      region: (a, b) => dir * (a.regionCode ?? '').localeCompare(b.regionCode ?? ''),
    }
    return list.sort(cmp[sort.value])
  })

  function sortBy(key: SortKey): void {
    if (sort.value === key) desc.value = !desc.value
    else {
      sort.value = key
      desc.value = key === 'issued'
    }
  }
  function clear(): void {
    selection.value = {}
    query.value = ''
    restricted.value = null
  }
  function restrictTo(ids: readonly string[]): void {
    restricted.value = new Set(ids)
  }
  async function saveView(name: string): Promise<void> {
    // Reactive proxies cannot be cloned into IndexedDB; store a plain copy.
    const plain = JSON.parse(JSON.stringify(selection.value)) as Selection
    const view: SavedView = { name, selection: plain, sort: sort.value, desc: desc.value, query: query.value }
    const next = [...views.value.filter((v) => v.name !== name).map((v) => toRaw(v)), view]
    await getDb().meta.put({ key: VIEWS_KEY, value: next })
  }
  function applyView(name: string): void {
    const v = views.value.find((x) => x.name === name)
    if (!v) return
    selection.value = JSON.parse(JSON.stringify(v.selection)) as Selection
    sort.value = v.sort
    desc.value = v.desc
    query.value = v.query
  }
  async function deleteView(name: string): Promise<void> {
    await getDb().meta.put({ key: VIEWS_KEY, value: views.value.filter((v) => v.name !== name).map((v) => toRaw(v)) })
  }

  return { selection, query, sort, desc, rows, counts, tableReady, views, restricted, start, sortBy, clear, restrictTo, saveView, applyView, deleteView }
})
