// Policies (in their light form, see shared/policy/lite.ts), vendors, models, events, chips,
// data sets and figures, loaded once and kept current with the database. A policy's long text
// is read by id when it is opened (composables/usePolicyRecord.ts).
import { defineStore } from 'pinia'
import { liveQuery, type Subscription } from 'dexie'
import { computed, shallowRef } from 'vue'
import { comparePartialDates } from '@shared/dates/partial-date'
import type { Chip, Dataset, Fact, Model, PolicyEvent, Vendor } from '@shared/model/records'
import { toLite, type PolicyLite } from '@shared/policy/lite'
import { getDb } from '../data/db'
import { seedIfEmpty } from '../data/import-bundle'
import { recoverUnsavedEdits } from '../data/unsaved-edits'

export const useRecordsStore = defineStore('records', () => {
  const policies = shallowRef<PolicyLite[]>([])
  const vendors = shallowRef<Vendor[]>([])
  const models = shallowRef<Model[]>([])
  const events = shallowRef<PolicyEvent[]>([])
  const chips = shallowRef<Chip[]>([])
  const datasets = shallowRef<Dataset[]>([])
  const facts = shallowRef<Fact[]>([])
  const ready = shallowRef(false)
  const error = shallowRef<string | null>(null)
  const subs: Subscription[] = []

  const policiesByDate = computed(() => [...policies.value].sort((a, b) => comparePartialDates(a.issued, b.issued, true)))
  const eventsByDate = computed(() => [...events.value].sort((a, b) => comparePartialDates(a.date, b.date)))
  const policyById = computed(() => new Map(policies.value.map((p) => [p.id, p])))
  const vendorById = computed(() => new Map(vendors.value.map((v) => [v.id, v])))
  const modelById = computed(() => new Map(models.value.map((m) => [m.id, m])))

  async function init(): Promise<void> {
    if (subs.length) return
    const db = getDb()
    try {
      await seedIfEmpty(db)
      await recoverUnsavedEdits(db)
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err)
    }
    const watchTable = <T>(target: { value: T[] }, table: string) =>
      subs.push(liveQuery(() => db.table(table).toArray() as Promise<T[]>).subscribe({ next: (rows) => (target.value = rows) }))
    subs.push(liveQuery(() => db.policies.toArray()).subscribe({ next: (rows) => (policies.value = rows.map(toLite)) }))
    watchTable(vendors, 'vendors')
    watchTable(models, 'models')
    watchTable(events, 'events')
    watchTable(chips, 'chips')
    watchTable(datasets, 'datasets')
    watchTable(facts, 'facts')
    performance.mark('records:subscribed')
    await new Promise<void>((resolve) => {
      const s = liveQuery(() => db.policies.count()).subscribe({ next: () => (resolve(), s.unsubscribe()) })
    })
    performance.mark('records:ready')
    ready.value = true
  }

  return { policies, vendors, models, events, chips, datasets, facts, ready, error, policiesByDate, eventsByDate, policyById, vendorById, modelById, init }
})
