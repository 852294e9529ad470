// Import planning: for every record and tombstone of a bundle, what the merge rules
// (shared/merge) would make of it, computed before anything is written. The apply step runs
// the same planning again inside its transaction, so what is written is what was shown.
import type { Bundle } from './schema'
import { recordLabel, type FieldChange } from './diff'
import { RECORD_KINDS, type AnyRecord, type RecordKind } from '../model/records'
import { mergeIncoming, mergeTombstone, type MergeAction, type MergeOutcome, type Stored } from '../merge/merge-record'
import type { Conflict } from '../merge/state'

export { diffRecords, recordLabel, type FieldChange } from './diff'
export type PlanAction = MergeAction
export const PLAN_ACTIONS: PlanAction[] = ['add', 'change', 'remove', 'withdraw', 'unchanged', 'older', 'absent']

export interface PlanItem {
  kind: RecordKind
  id: string
  label: string
  action: PlanAction
  changes: FieldChange[]
  conflicts: Conflict[]
  /** what was stored before (for undo) */
  before: Stored
  outcome: MergeOutcome
}
export interface ImportPlan {
  items: PlanItem[]
  counts: Record<PlanAction, number> & { conflicts: number }
}

/** What the database holds now for the ids a bundle touches. */
export interface MergeLookup {
  stored(kind: RecordKind, ids: string[]): Promise<Stored[]>
  /** The ids among these that carry something of the user's (notes, links from their records or briefings). */
  userDataOn(kind: RecordKind, ids: string[]): Promise<Set<string>>
}

export async function planImport(bundle: Bundle, lookup: MergeLookup): Promise<ImportPlan> {
  const items: PlanItem[] = []
  for (const kind of RECORD_KINDS) {
    const incoming = bundle.records[kind] as AnyRecord[]
    if (!incoming.length) continue
    const stored = await lookup.stored(kind, incoming.map((r) => r.id))
    incoming.forEach((rec, i) => {
      const outcome = mergeIncoming(kind, stored[i]!, rec)
      items.push({ kind, id: rec.id, label: recordLabel(rec), action: outcome.action, changes: outcome.changes, conflicts: outcome.conflicts, before: stored[i]!, outcome })
    })
  }
  for (const kind of RECORD_KINDS) {
    const tombs = bundle.tombstones.filter((t) => t.kind === kind)
    if (!tombs.length) continue
    const ids = tombs.map((t) => t.id)
    const stored = await lookup.stored(kind, ids)
    const hangs = await lookup.userDataOn(kind, ids)
    tombs.forEach((t, i) => {
      const s = stored[i]!
      const outcome = mergeTombstone(kind, s, t, hangs.has(t.id))
      items.push({ kind, id: t.id, label: s.record ? recordLabel(s.record) : t.id, action: outcome.action, changes: [], conflicts: [], before: s, outcome })
    })
  }
  return { items, counts: countActions(items) }
}

export function countActions(items: PlanItem[]): ImportPlan['counts'] {
  const counts = { add: 0, change: 0, unchanged: 0, older: 0, remove: 0, withdraw: 0, absent: 0, conflicts: 0 }
  for (const it of items) {
    counts[it.action]++
    if (it.conflicts.length) counts.conflicts++
  }
  return counts
}
