// Sheet records to an in-memory update bundle the ordinary plan/apply path takes unchanged.
// A row that matches a stored policy only overwrites the fields the sheet gave; its revision
// goes up only when something really changes, so importing the same sheet again is "unchanged".
import { bundleDigest, canonicalJson } from '../bundle/digest'
import type { Bundle } from '../bundle/schema'
import { policySchema, type Policy } from '../model/records'
import { DuplicateIndex, resolveDuplicates, type DuplicateMatch, type SheetDuplicate, type StoredPolicyKey } from './duplicates'
import type { SheetMapping } from './headers'
import { LOCAL_SHEET_PUBLISHER, LOCAL_SHEET_SOURCE_ID } from './limits'
import type { SheetTable } from './table'
import { rowsToPolicies, type SheetRecord, type SheetRowIssue, type SheetSource } from './to-records'

/** The stored policies: keys of all for duplicate detection, full records by id for merging. */
export interface StoredPolicies {
  keys: Iterable<StoredPolicyKey>
  get(ids: string[]): Promise<(Policy | undefined)[]>
}

export interface SheetImport {
  bundle: Bundle
  issues: SheetRowIssue[]
  matches: DuplicateMatch[]
  inSheet: SheetDuplicate[]
  /** Data rows read and records put in the bundle. */
  rows: number
  accepted: number
}

const withoutRev = (p: Policy) => canonicalJson({ ...p, rev: 0 })

/** The stored record with the sheet's given fields written over it. */
export function mergeIntoStored(stored: Policy, rec: SheetRecord): Policy {
  const merged: Policy = structuredClone(stored)
  const target = merged as Record<keyof Policy, unknown>
  for (const f of rec.given) target[f] = structuredClone(rec.policy[f])
  const cites = rec.policy.sources[0]!
  if (!merged.sources.some((s) => s.sourceId === cites.sourceId && s.chapter === cites.chapter) && merged.sources.length < 20) {
    merged.sources = [...merged.sources, cites]
  }
  merged.rev = withoutRev(merged) === withoutRev(stored) ? stored.rev : stored.rev + 1
  return merged
}

/** Records must already be valid policies (the callers parse each with policySchema). */
export async function buildSheetBundle(policies: Policy[], title: string, now = new Date()): Promise<Bundle> {
  const bundle: Bundle = {
    format: 'policy-desk-bundle',
    formatVersion: 1,
    publisher: { ...LOCAL_SHEET_PUBLISHER },
    createdAt: now.toISOString(),
    sequence: 1,
    title: title.slice(0, 300),
    sources: [{ id: LOCAL_SHEET_SOURCE_ID, title: LOCAL_SHEET_PUBLISHER.name }],
    records: { policies, vendors: [], models: [], events: [], chips: [], datasets: [], facts: [] },
    tombstones: [],
    digest: { algorithm: 'sha-256', value: '' },
  }
  bundle.digest.value = await bundleDigest(bundle)
  return bundle
}

/** The whole path from a mapped sheet to a bundle, with everything the user should see. */
export async function sheetToBundle(table: SheetTable, mapping: SheetMapping, src: SheetSource, stored: StoredPolicies, now = new Date()): Promise<SheetImport> {
  const { records, issues } = rowsToPolicies(table, mapping, src)
  const resolved = resolveDuplicates(records, new DuplicateIndex(stored.keys))
  const current = await stored.get(resolved.records.map((r) => r.policy.id))
  const policies: Policy[] = []
  resolved.records.forEach((rec, i) => {
    const before = current[i]
    const merged = before ? mergeIntoStored(before, rec) : rec.policy
    const check = policySchema.safeParse(merged)
    if (check.success) policies.push(check.data)
    else issues.push(...check.error.issues.map((iss) => ({ row: rec.row, column: null, field: String(iss.path[0] ?? ''), message: `与已存记录合并后无效 / invalid once merged with the stored record: ${iss.message}`, severity: 'error' as const })))
  })
  issues.sort((a, b) => a.row - b.row)
  const bundle = await buildSheetBundle(policies, [src.fileName, src.sheetName].filter(Boolean).join(' · '), now)
  return { bundle, issues, matches: resolved.matches, inSheet: resolved.inSheet, rows: table.rows.length, accepted: policies.length }
}
