// What the app remembers about a published record beyond the record itself: the publisher's
// latest version when the user has edited fields by hand, which fields, and whether the
// publisher has withdrawn it. Kept in its own table so records keep their bundle schema.
import type { AnyRecord, RecordKind } from '../model/records'

/** A field the user edited by hand, with the publisher's value they edited against. */
export interface FieldEdit {
  origin: unknown
}

export interface RecordState {
  /** `${kind}:${id}` */
  key: string
  kind: RecordKind
  id: string
  /** The publisher's latest version: what the record would be without the user's edits. */
  base: AnyRecord
  /** Fields edited by hand. A local edit wins over every import until the user accepts the incoming value. */
  edits: Record<string, FieldEdit>
  /** How many edited fields the publisher has since changed to something else (indexed for the conflicts view). */
  conflicts: number
  /** Set when the publisher removed the record but something of the user's hangs on it. */
  withdrawn: { rev: number } | null
}

/** A publisher's removal, remembered so an older copy of the record arriving later stays removed. */
export interface TombstoneRow {
  key: string
  kind: RecordKind
  id: string
  rev: number
}

/** One field where the user's edit and the publisher's newer value disagree. */
export interface Conflict {
  field: string
  /** what the user wrote (and what the record shows) */
  mine: unknown
  /** what the publisher now says */
  incoming: unknown
  /** what the publisher said when the user edited */
  origin: unknown
}

export const stateKey = (kind: RecordKind, id: string): string => `${kind}:${id}`

/** Fields that identify a record or its version, never edited or merged field by field. */
export const FIXED_FIELDS: ReadonlySet<string> = new Set(['id', 'rev'])
