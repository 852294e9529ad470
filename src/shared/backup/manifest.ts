// Table digests: SHA-256 of the canonical JSON of a table's rows sorted by primary key, so the
// same data always gives the same digest whatever order IndexedDB or a merge produced it in.
import { canonicalJson, sha256Hex } from '../bundle/digest'
import type { ManifestEntry, Rows } from './format'

/** IndexedDB's key order for the keys we use: numbers before strings, arrays element-wise. */
export function compareKeys(a: unknown, b: unknown): number {
  const rank = (v: unknown) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : Array.isArray(v) ? 2 : 3)
  const ra = rank(a)
  const rb = rank(b)
  if (ra !== rb) return ra - rb
  if (ra === 0) return (a as number) - (b as number)
  if (ra === 1) return a === b ? 0 : (a as string) < (b as string) ? -1 : 1
  if (ra === 2) {
    const x = a as unknown[]
    const y = b as unknown[]
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = compareKeys(x[i], y[i])
      if (c) return c
    }
    return x.length - y.length
  }
  return 0
}

export function keyOf(row: Record<string, unknown>, primaryKey: string): unknown {
  return row[primaryKey]
}

export function sortByKey(rows: Rows, primaryKey: string): Rows {
  return [...rows].sort((a, b) => compareKeys(keyOf(a, primaryKey), keyOf(b, primaryKey)))
}

export async function tableDigest(rows: Rows, primaryKey: string): Promise<string> {
  return sha256Hex(canonicalJson(sortByKey(rows, primaryKey)))
}

export async function manifestEntry(rows: Rows, primaryKey: string): Promise<ManifestEntry> {
  return { count: rows.length, digest: await tableDigest(rows, primaryKey), primaryKey }
}

export interface TableCheck {
  table: string
  expected: number
  actual: number
  ok: boolean
  /** Why the table failed, bilingual; absent when it passed. */
  reason?: string
}

/** Checks rows against a manifest: the same tables, counts and digests. */
export async function checkTables(tables: Record<string, Rows>, manifest: Record<string, ManifestEntry>): Promise<TableCheck[]> {
  const names = [...new Set([...Object.keys(tables), ...Object.keys(manifest)])].sort()
  const out: TableCheck[] = []
  for (const table of names) {
    const entry = manifest[table]
    const rows = tables[table]
    if (!entry || !rows) {
      const reason = entry ? '缺少该表的数据 / rows missing' : '清单中没有该表 / table not in manifest'
      out.push({ table, expected: entry?.count ?? 0, actual: rows?.length ?? 0, ok: false, reason })
      continue
    }
    let reason: string | undefined
    if (rows.length !== entry.count) reason = `数量不符 / count mismatch: ${rows.length} ≠ ${entry.count}`
    else if ((await tableDigest(rows, entry.primaryKey)) !== entry.digest) reason = '摘要不符，数据已损坏或被改动 / digest mismatch'
    out.push({ table, expected: entry.count, actual: rows.length, ok: !reason, ...(reason ? { reason } : {}) })
  }
  return out
}
