// The v1 backup (plain JSON from the first "export all data" button): the same tables but no
// manifest and an `exportedAt`. It is lifted to v2 with a manifest computed from its own rows
// (so it checks that the restore wrote what the file holds, not that the file is intact).
import { NOT_BACKED_UP, type Rows } from './format'

/** The primary key of a v1 table: `key` for meta/cache rows, else `id`. */
export function guessPrimaryKey(rows: Rows): string {
  return rows.length > 0 && rows.every((r) => typeof r['key'] === 'string' && !('id' in r)) ? 'key' : 'id'
}

/** Returns a v2-shaped object whose manifest the decoder then computes from the rows, or a refusal. */
export function fromV1(raw: unknown): Record<string, unknown> | string {
  const v1 = raw as { schemaVersion?: unknown; exportedAt?: unknown; tables?: unknown }
  if (!v1.tables || typeof v1.tables !== 'object' || Array.isArray(v1.tables)) return 'tables: 缺少数据表 / missing tables'
  const tables: Record<string, unknown> = {}
  for (const [name, rows] of Object.entries(v1.tables as Record<string, unknown>)) if (!NOT_BACKED_UP.includes(name)) tables[name] = rows
  return {
    format: 'policy-desk-backup',
    formatVersion: 2,
    schemaVersion: v1.schemaVersion,
    appVersion: 'v1',
    createdAt: v1.exportedAt,
    reason: 'manual',
    tables,
    manifest: {},
  }
}
