// The order of a publisher's versions of one record: by revision, and for two different
// contents under the same revision by their canonical JSON, so that any set of bundles ends
// in the same state whatever order they are applied in.
import { canonicalJson } from '../bundle/digest'
import type { AnyRecord } from '../model/records'

/** < 0 when a is older than b, 0 when they are the same version, > 0 when a is newer. */
export function compareVersions(a: AnyRecord, b: AnyRecord): number {
  if (a.rev !== b.rev) return a.rev - b.rev
  const ca = canonicalJson(a)
  const cb = canonicalJson(b)
  return ca === cb ? 0 : ca < cb ? -1 : 1
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  return canonicalJson(a ?? null) === canonicalJson(b ?? null)
}
