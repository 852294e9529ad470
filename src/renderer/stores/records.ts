// Policies (in their light form, see shared/policy/lite.ts), vendors, models, events, chips,
// data sets and figures, kept current with the database. The first 50 policies are read
// directly (by public/open-early.js, see data/first-rows.ts) so lists show at once; every light row then
// comes from the desk worker, from its cache when it has one, packed (shared/policy/packed-rows.ts),
// and each later change arrives as a patch. A policy's long text is read by id when it is
// opened (composables/usePolicyRecord.ts).
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { comparePartialDates } from '@shared/dates/partial-date'
import type { Chip, Dataset, Fact, Model, Policy, PolicyEvent, Vendor } from '@shared/model/records'
import { toLite, type PolicyLite } from '@shared/policy/lite'
import { byIssuedDesc, mergeInOrder } from '@shared/policy/order'
import { unpackRows } from '@shared/policy/packed-rows'
import { loadDb, watchQuery } from '../data/db-lazy'
import { readFirstRows, takeFirstRows } from '../data/first-rows'
import { hasUnsavedEdits, recoverUnsavedEdits } from '../data/unsaved-edits'
import { onRows, startDesk, type RowsListener } from '../workers/desk-client'
import { afterPaint, nextTask } from '../scheduling'


export const useRecordsStore = defineStore('records', () => {
  /**
   * In the default order (newest first, undated last, shared/policy/order.ts): the worker sends
   * its rows so, and patches are merged in place. Checking or sorting 100,000 rows here took the
   * UI thread 80-120 ms.
   */
  const policies = shallowRef<readonly PolicyLite[]>([])
  const vendors = shallowRef<Vendor[]>([])
  const models = shallowRef<Model[]>([])
  const events = shallowRef<PolicyEvent[]>([])
  const chips = shallowRef<Chip[]>([])
  const datasets = shallowRef<Dataset[]>([])
  const facts = shallowRef<Fact[]>([])
  const ready = shallowRef(false)
  /** False until every light row has arrived from the desk worker. */
  const complete = ref(false)
  const error = shallowRef<string | null>(null)
  let started = false

  const eventsByDate = computed(() => [...events.value].sort((a, b) => comparePartialDates(a.date, b.date)))
  const policyById = computed(() => new Map(policies.value.map((p) => [p.id, p])))
  const vendorById = computed(() => new Map(vendors.value.map((v) => [v.id, v])))
  const modelById = computed(() => new Map(models.value.map((m) => [m.id, m])))

  /**
   * `deferDesk`: leave the desk worker to a later startDesk() (a window opened on the print preview).
   * The screens can show once the first rows are in; Dexie (its open costs the UI thread tens of
   * ms) and the table subscriptions follow in a task of their own.
   */
  async function init(opts: { deferDesk?: boolean } = {}): Promise<void> {
    if (started) return
    started = true
    performance.mark('records:init')
    let first: Policy[] | null = null
    try {
      const pre = await takeFirstRows()
      performance.mark('records:opened')
      // The import pipeline (schemas, planning) loads only for the very first start.
      if (pre.seeded) first = pre.first
      else await (await import('../data/import-bundle')).seedIfEmpty(await loadDb())
      if (hasUnsavedEdits()) await recoverUnsavedEdits(await loadDb())
      first ??= (await readFirstRows()).first
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err)
    }
    if (first) policies.value = byIssuedDesc(first.map(toLite))
    // The first screen renders in a task of its own, not in the one that mounted the shell.
    await nextTask()
    performance.mark('records:ready')
    ready.value = true
    // The worker's rows and index (once the default data is in, on a first start). Started
    // once the first screen is painted: on two cores, loading its cache alongside slowed the
    // first screen by a few hundred ms.
    onRows(receive)
    await afterPaint()
    if (!opts.deferDesk) startDesk()
    const watchTable = <T>(target: { value: T[] }, table: string) => watchQuery((db) => db.table(table).toArray() as Promise<T[]>, (rows) => (target.value = rows))
    await Promise.all([watchTable(vendors, 'vendors'), watchTable(models, 'models'), watchTable(events, 'events'), watchTable(chips, 'chips'), watchTable(datasets, 'datasets'), watchTable(facts, 'facts')])
    performance.mark('records:subscribed')
  }

  let incoming: PolicyLite[] = []
  const receive: RowsListener = (m) => {
    if (m.type === 'rows') {
      if (m.reset) incoming = []
      unpackRows(m.packed, incoming)
      if (m.done) {
        policies.value = incoming
        incoming = []
        complete.value = true
        performance.mark('records:complete')
      }
      return
    }
    const upserts = JSON.parse(m.upserts) as PolicyLite[]
    // A changed row may have a new date: it leaves its place and is merged in where it belongs.
    policies.value = mergeInOrder(policies.value, upserts, new Set([...m.removed, ...upserts.map((r) => r.id)]))
  }

  return { policies, complete, vendors, models, events, chips, datasets, facts, ready, error, eventsByDate, policyById, vendorById, modelById, init }
})
