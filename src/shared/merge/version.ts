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

/**
 * A short fingerprint of a stored record (two FNV-1a hashes of its JSON), to tell later
 * whether it changed. IndexedDB keeps property order, so a record read back unchanged gives
 * the same text; a record rewritten with the same content in another order only looks
 * changed, which makes an undo skip it — the safe side.
 */
export function fingerprint(record: unknown): string {
  const text = JSON.stringify(record) ?? 'null'
  let a = 0x811c9dc5
  let b = 0x01000193 ^ text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0') + ':' + text.length.toString(36)
}
