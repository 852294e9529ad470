// Import planning: what a bundle would add, change (field by field), leave alone or remove,
// computed before anything is written. Pure, so it runs the same in tests and in the app.
import { canonicalJson } from './digest'
import type { Bundle } from './schema'
import { RECORD_KINDS, type AnyRecord, type RecordKind } from '../model/records'

export type PlanAction = 'add' | 'change' | 'unchanged' | 'older' | 'remove' | 'absent'
export interface FieldChange {
  field: string
  from: unknown
  to: unknown
}
export interface PlanItem {
  kind: RecordKind
  id: string
  label: string
  action: PlanAction
  changes: FieldChange[]
  incoming: AnyRecord | null
}
export interface ImportPlan {
  items: PlanItem[]
  counts: Record<PlanAction, number>
}

/** What the database holds now for the ids a bundle touches. */
export type ExistingLookup = (kind: RecordKind, ids: string[]) => Promise<(AnyRecord | undefined)[]>

export function recordLabel(r: AnyRecord): string {
  if ('title' in r) return r.title
  if ('name' in r) return r.name
  return r.statement.slice(0, 60)
}

export function diffRecords(before: AnyRecord, after: AnyRecord): FieldChange[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)])
  fields.delete('rev')
  const changes: FieldChange[] = []
  for (const field of fields) {
    const from = (before as Record<string, unknown>)[field]
    const to = (after as Record<string, unknown>)[field]
    if (canonicalJson(from ?? null) !== canonicalJson(to ?? null)) changes.push({ field, from, to })
  }
  return changes
}

export async function planImport(bundle: Bundle, existing: ExistingLookup): Promise<ImportPlan> {
  const items: PlanItem[] = []
  for (const kind of RECORD_KINDS) {
    const incoming = bundle.records[kind] as AnyRecord[]
    const current = await existing(kind, incoming.map((r) => r.id))
    incoming.forEach((rec, i) => {
      const before = current[i]
      let action: PlanAction
      let changes: FieldChange[] = []
      if (!before) action = 'add'
      else if (rec.rev < before.rev) action = 'older'
      else {
        changes = diffRecords(before, rec)
        action = changes.length === 0 ? 'unchanged' : 'change'
      }
      items.push({ kind, id: rec.id, label: recordLabel(rec), action, changes, incoming: rec })
    })
  }
  for (const t of bundle.tombstones) {
    const kind = t.kind as RecordKind
    const [before] = await existing(kind, [t.id])
    items.push({
      kind,
      id: t.id,
      label: before ? recordLabel(before) : t.id,
      action: before ? 'remove' : 'absent',
      changes: [],
      incoming: null,
    })
  }
  const counts: Record<PlanAction, number> = { add: 0, change: 0, unchanged: 0, older: 0, remove: 0, absent: 0 }
  for (const it of items) counts[it.action]++
  return { items, counts }
}
