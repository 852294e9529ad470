// The merge state of one record (withdrawn by its publisher, fields in conflict), live.
import { liveQuery } from 'dexie'
import { onBeforeUnmount, shallowRef, watch, type Ref } from 'vue'
import type { RecordState } from '@shared/merge/state'
import type { RecordKind } from '@shared/model/records'
import { getDb } from '../data/db'
import { getRecordState } from '../data/repositories/merge'

export function useRecordState(kind: RecordKind, id: Ref<string>) {
  const state = shallowRef<RecordState | undefined>(undefined)
  let stop: (() => void) | null = null
  watch(
    id,
    (value) => {
      stop?.()
      const sub = liveQuery(() => getRecordState(getDb(), kind, value)).subscribe({ next: (s) => (state.value = s) })
      stop = () => sub.unsubscribe()
    },
    { immediate: true },
  )
  onBeforeUnmount(() => stop?.())
  return state
}
