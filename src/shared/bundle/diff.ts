// Field-by-field differences between two versions of a record, for previews and the CLI.
import { canonicalJson } from './digest'
import type { AnyRecord } from '../model/records'

export interface FieldChange {
  field: string
  from: unknown
  to: unknown
}

export function recordLabel(r: AnyRecord): string {
  if ('title' in r) return r.title
  if ('name' in r) return r.name
  return r.statement.slice(0, 60)
}

/** Every field whose value differs, the revision left out. */
export function diffRecords(before: AnyRecord, after: AnyRecord): FieldChange[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)])
  fields.delete('rev')
  const changes: FieldChange[] = []
  for (const field of fields) {
    const from = (before as unknown as Record<string, unknown>)[field]
    const to = (after as unknown as Record<string, unknown>)[field]
    if (canonicalJson(from ?? null) !== canonicalJson(to ?? null)) changes.push({ field, from, to })
  }
  return changes
}
