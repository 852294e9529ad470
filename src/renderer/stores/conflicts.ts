// Records whose hand-edited fields the publisher has since changed, and the user's choice for each.
import { defineStore } from 'pinia'
import { liveQuery, type Subscription } from 'dexie'
import { shallowRef } from 'vue'
import { conflictsOf } from '@shared/merge/merge-record'
import type { Conflict, RecordState } from '@shared/merge/state'
import type { AnyRecord, RecordKind } from '@shared/model/records'
import { getDb } from '../data/db'
import { listConflicted, resolveConflict } from '../data/repositories/merge'

export interface ConflictedRecord {
  state: RecordState
  record: AnyRecord | undefined
  conflicts: Conflict[]
}

export const useConflictsStore = defineStore('conflicts', () => {
  const states = shallowRef<RecordState[]>([])
  const records = shallowRef<ConflictedRecord[]>([])
  let sub: Subscription | null = null

  function watch(): void {
    sub ??= liveQuery(async () => {
      const db = getDb()
      const list = await listConflicted(db)
      const rows = await Promise.all(list.map(async (state) => ({ state, record: await db.table<AnyRecord, string>(state.kind).get(state.id) })))
      return rows
    }).subscribe({
      next: (rows) => {
        states.value = rows.map((r) => r.state)
        records.value = rows.map((r) => ({ ...r, conflicts: r.record ? conflictsOf(r.record, r.state.base, r.state.edits) : [] }))
      },
    })
  }

  function resolve(kind: RecordKind, id: string, field: string, choice: 'incoming' | 'mine'): Promise<void> {
    return resolveConflict(getDb(), kind, id, field, choice)
  }

  return { states, records, watch, resolve }
})
