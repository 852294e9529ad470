// Merging a publisher's version of a record into what is stored. Pure: the import preview and
// the apply transaction run the same function, and property tests check that importing is
// idempotent, that older revisions never win, and that order does not matter.
import type { AnyRecord } from '../model/records'
import { diffRecords, type FieldChange } from '../bundle/diff'
import { compareVersions, sameValue } from './version'
import { FIXED_FIELDS, stateKey, type Conflict, type RecordState, type TombstoneRow } from './state'

export type MergeAction = 'add' | 'change' | 'unchanged' | 'older' | 'remove' | 'withdraw' | 'absent'

/** What the database should hold for one record after an import, and how to describe it. */
export interface MergeOutcome {
  action: MergeAction
  /** true when anything must be written (a newer revision can change nothing visible) */
  write: boolean
  record: AnyRecord | null
  state: RecordState | null
  tombstone: TombstoneRow | null
  changes: FieldChange[]
  conflicts: Conflict[]
}

export interface Stored {
  record: AnyRecord | undefined
  state: RecordState | undefined
  tombstone: TombstoneRow | undefined
}

const get = (r: AnyRecord | undefined, f: string): unknown => (r ? (r as unknown as Record<string, unknown>)[f] : undefined)

/** Edited fields whose publisher value has moved away from what the user edited against. */
export function conflictsOf(local: AnyRecord, base: AnyRecord, edits: RecordState['edits']): Conflict[] {
  const out: Conflict[] = []
  for (const [field, edit] of Object.entries(edits)) {
    const mine = get(local, field)
    const incoming = get(base, field)
    if (!sameValue(incoming, edit.origin) && !sameValue(mine, incoming)) out.push({ field, mine, incoming, origin: edit.origin })
  }
  return out
}

function withState(kind: AnyRecordKind, base: AnyRecord, record: AnyRecord, edits: RecordState['edits'], withdrawn: RecordState['withdrawn']): RecordState | null {
  if (Object.keys(edits).length === 0 && !withdrawn) return null
  return { key: stateKey(kind, base.id), kind, id: base.id, base, edits, conflicts: conflictsOf(record, base, edits).length, withdrawn }
}
type AnyRecordKind = RecordState['kind']

const keep = (s: Stored, action: MergeAction): MergeOutcome => ({
  action,
  write: false,
  record: s.record ?? null,
  state: s.state ?? null,
  tombstone: s.tombstone ?? null,
  changes: [],
  conflicts: [],
})

export function mergeIncoming(kind: AnyRecordKind, s: Stored, incoming: AnyRecord): MergeOutcome {
  const { record: stored, state, tombstone } = s
  if (!stored) {
    // Removed by the publisher at this revision or later: an older copy stays removed.
    if (tombstone && incoming.rev <= tombstone.rev) return keep(s, 'older')
    return { action: 'add', write: true, record: incoming, state: null, tombstone: tombstone ?? null, changes: [], conflicts: [] }
  }
  const published = state?.base ?? stored
  const order = compareVersions(incoming, published)
  if (order < 0) return keep(s, 'older')
  if (order === 0) return keep(s, 'unchanged')
  const edits = { ...(state?.edits ?? {}) }
  const next = { ...incoming } as Record<string, unknown>
  for (const field of Object.keys(edits)) {
    if (FIXED_FIELDS.has(field)) continue
    next[field] = get(stored, field)
  }
  const record = next as unknown as AnyRecord
  // A kept, withdrawn record follows newer versions but stays withdrawn until one outranks the tombstone.
  const withdrawn = state?.withdrawn && tombstone && incoming.rev <= tombstone.rev ? { rev: tombstone.rev } : null
  const nextState = withState(kind, incoming, record, edits, withdrawn)
  const changes = diffRecords(stored, record)
  const conflicts = nextState ? conflictsOf(record, incoming, edits) : []
  const visible = changes.length > 0 || conflicts.length > 0 || Boolean(state?.withdrawn) !== Boolean(withdrawn)
  return { action: visible ? 'change' : 'unchanged', write: true, record, state: nextState, tombstone: tombstone ?? null, changes, conflicts }
}

/**
 * A publisher's removal. The record goes only if nothing of the user's hangs on it (notes,
 * hand edits, links from their own records or briefings); otherwise it stays, marked withdrawn.
 */
export function mergeTombstone(kind: AnyRecordKind, s: Stored, t: { id: string; rev: number }, userDataHangs: boolean): MergeOutcome {
  const tombstone: TombstoneRow = s.tombstone && s.tombstone.rev >= t.rev ? s.tombstone : { key: stateKey(kind, t.id), kind, id: t.id, rev: t.rev }
  const wroteTomb = tombstone !== s.tombstone
  const { record: stored, state } = s
  if (!stored) return { ...keep(s, 'absent'), tombstone, write: wroteTomb }
  const published = state?.base ?? stored
  if (published.rev > t.rev) return { ...keep(s, 'older'), tombstone, write: wroteTomb }
  const hangs = userDataHangs || Object.keys(state?.edits ?? {}).length > 0
  if (!hangs) return { action: 'remove', write: true, record: null, state: null, tombstone, changes: [], conflicts: [] }
  if (state?.withdrawn && !wroteTomb) return keep(s, 'unchanged')
  const nextState = withState(kind, published, stored, state?.edits ?? {}, { rev: tombstone.rev })
  if (state?.withdrawn) return { action: 'unchanged', write: true, record: stored, state: nextState, tombstone, changes: [], conflicts: [] }
  return { action: 'withdraw', write: true, record: stored, state: nextState, tombstone, changes: [], conflicts: [] }
}

/**
 * The state after the user saved a hand edit: each field that now differs from what was
 * stored becomes a local edit (remembering the publisher's value), and a field edited back to
 * the publisher's value stops being one. Records the user created themselves need no state.
 */
export function recordHandEdit(kind: AnyRecordKind, stored: AnyRecord, state: RecordState | undefined, edited: AnyRecord): RecordState | null {
  const base = state?.base ?? stored
  const edits = { ...(state?.edits ?? {}) }
  const fields = new Set([...Object.keys(stored), ...Object.keys(edited)])
  for (const field of fields) {
    if (FIXED_FIELDS.has(field)) continue
    if (!sameValue(get(stored, field), get(edited, field)) && !(field in edits)) edits[field] = { origin: get(base, field) }
  }
  for (const field of Object.keys(edits)) if (sameValue(get(edited, field), get(base, field))) delete edits[field]
  return withState(kind, base, edited, edits, state?.withdrawn ?? null)
}

/** The user takes the publisher's value for a field: the record shows it and the field is no longer a local edit. */
export function acceptIncoming(stored: AnyRecord, state: RecordState, field: string): { record: AnyRecord; state: RecordState | null } {
  const record = { ...stored, [field]: get(state.base, field) } as AnyRecord
  const edits = { ...state.edits }
  delete edits[field]
  return { record, state: withState(state.kind, state.base, record, edits, state.withdrawn) }
}

/** The user keeps their value: it now stands against the publisher's current value, so this conflict is settled. */
export function keepMine(stored: AnyRecord, state: RecordState, field: string): RecordState | null {
  const edits = { ...state.edits, [field]: { origin: get(state.base, field) } }
  return withState(state.kind, state.base, stored, edits, state.withdrawn)
}
