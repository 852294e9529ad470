// Rules of a briefing's version history: when an automatic snapshot is taken, how many are
// kept, what a snapshot name may be, and how a version is counted for the list.
import type { DocNode } from './doc-model'
import { nodeText } from './doc-model'

/** A save takes an automatic snapshot when the last one of that briefing is older than this. */
export const AUTO_SNAPSHOT_INTERVAL_MS = 5 * 60_000
/** Automatic snapshots kept per briefing (newest first); named ones are never pruned. */
export const MAX_AUTO_SNAPSHOTS = 50
export const SNAPSHOT_NAME_MAX = 60

export type SnapshotNameError = 'empty' | 'tooLong'

/** Why a snapshot name is refused, or null when it is fine (1–60 characters once trimmed). */
export function snapshotNameError(name: string): SnapshotNameError | null {
  const n = [...name.trim()].length
  if (n === 0) return 'empty'
  if (n > SNAPSHOT_NAME_MAX) return 'tooLong'
  return null
}

/** Characters of a document as the editor counts them: Chinese characters, no whitespace. */
export function docChars(doc: Record<string, unknown>): number {
  return [...nodeText(doc as unknown as DocNode).replace(/\s/g, '')].length
}

/** Same title and same document (both come from structured clones, so key order is kept). */
export function sameContent(a: { title: string; doc: Record<string, unknown> }, b: { title: string; doc: Record<string, unknown> }): boolean {
  return a.title === b.title && JSON.stringify(a.doc) === JSON.stringify(b.doc)
}
