// The full record of one policy (summary, measures, full text, sources), read by id and kept
// current; the records store only holds the light form of every policy.
import { liveQuery, type Subscription } from 'dexie'
import { onBeforeUnmount, shallowRef, watch, type Ref } from 'vue'
import type { Policy } from '@shared/model/records'
import { getDb } from '../data/db'

/** `undefined` while loading, `null` when there is no such policy. */
export function usePolicyRecord(id: Ref<string | undefined>): Ref<Policy | null | undefined> {
  const record = shallowRef<Policy | null | undefined>(undefined)
  let sub: Subscription | null = null
  watch(
    id,
    (value) => {
      sub?.unsubscribe()
      record.value = value ? undefined : null
      if (!value) return
      sub = liveQuery(() => getDb().policies.get(value)).subscribe({ next: (row) => (record.value = row ?? null) })
    },
    { immediate: true },
  )
  onBeforeUnmount(() => sub?.unsubscribe())
  return record
}
