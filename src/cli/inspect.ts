// `bundle validate`, `bundle diff` and `bundle verify`: commands that read bundles and report.
// Each returns the process exit code: 0 fine, 1 the file has problems.
import { diffRecords, recordLabel } from '../shared/bundle/plan'
import { verifyBundle } from '../shared/bundle/signature'
import { RECORD_KINDS, type AnyRecord } from '../shared/model/records'
import type { Bundle } from '../shared/bundle/schema'
import { loadBundle, printErrors, readPublicKey, type LoadedBundle } from './files'

function ok(loaded: LoadedBundle, path: string): loaded is Exclude<LoadedBundle, { errors: unknown }> {
  if ('errors' in loaded) {
    printErrors(path, loaded.errors)
    return false
  }
  return true
}

function countRecords(b: Bundle): number {
  return RECORD_KINDS.reduce((n, k) => n + b.records[k].length, 0)
}

export async function validate(path: string): Promise<number> {
  const loaded = await loadBundle(path)
  if (!ok(loaded, path)) return 1
  const { bundle } = loaded
  const sig = bundle.signature ? `signed by key ${bundle.signature.keyId}` : 'unsigned'
  console.log(
    `${path}: 有效 / valid — ${bundle.publisher.id} #${bundle.sequence}, ${countRecords(bundle)} records, ` +
      `${bundle.tombstones.length} tombstones, sha-256 ${bundle.digest.value.slice(0, 12)}…, ${sig}`,
  )
  return 0
}

const show = (v: unknown): string => {
  const s = v === undefined ? '(none)' : JSON.stringify(v)
  return s.length > 100 ? s.slice(0, 99) + '…' : s
}

/** Added, changed (field by field) and removed records per kind, from bundle a to bundle b. */
export async function diff(pathA: string, pathB: string): Promise<number> {
  const [a, b] = [await loadBundle(pathA), await loadBundle(pathB)]
  if (!ok(a, pathA) || !ok(b, pathB)) return 1
  let total = 0
  for (const kind of RECORD_KINDS) {
    const before = new Map<string, AnyRecord>(a.bundle.records[kind].map((r) => [r.id, r as AnyRecord]))
    const after = new Map<string, AnyRecord>(b.bundle.records[kind].map((r) => [r.id, r as AnyRecord]))
    for (const t of b.bundle.tombstones) if (t.kind === kind) after.delete(t.id)
    const lines: string[] = []
    const counts = { added: 0, changed: 0, removed: 0 }
    for (const [id, rec] of after) {
      const old = before.get(id)
      if (!old) {
        counts.added++
        lines.push(`  + ${id}  ${recordLabel(rec)}`)
        continue
      }
      const changes = diffRecords(old, rec)
      if (changes.length === 0) continue
      counts.changed++
      lines.push(`  ~ ${id}  ${recordLabel(rec)}${old.rev !== rec.rev ? `  (rev ${old.rev} → ${rec.rev})` : ''}`)
      for (const c of changes) lines.push(`      ${c.field}: ${show(c.from)} → ${show(c.to)}`)
    }
    for (const [id, rec] of before) {
      if (after.has(id)) continue
      counts.removed++
      lines.push(`  - ${id}  ${recordLabel(rec)}`)
    }
    if (lines.length === 0) continue
    total += lines.length
    console.log(`${kind}: +${counts.added} ~${counts.changed} -${counts.removed}`)
    for (const l of lines) console.log(l)
  }
  if (total === 0) console.log('没有差异 / no differences in records')
  return 0
}

/** Checks the signature against one public key, bound to `publisherId` (default: the bundle's). */
export async function verify(path: string, pubkey: string, publisherId?: string): Promise<number> {
  const publicKey = readPublicKey(pubkey)
  const loaded = await loadBundle(path)
  if (!ok(loaded, path)) return 1
  const claimed = loaded.bundle.publisher.id
  const v = await verifyBundle(loaded.raw, [{ publisherId: publisherId ?? claimed, name: 'cli', publicKey }])
  if (v.status === 'trusted') {
    console.log(`${path}: 签名有效 / signature valid — key ${v.keyId}, publisher ${claimed}`)
    return 0
  }
  const why = v.status === 'unsigned' ? '未签名 / the bundle is not signed' : (v.reason ?? v.status)
  console.error(`${path}: 签名无效 / signature not valid (${v.status}): ${why}`)
  return 1
}
