// Every schema version the database has had, oldest first. Never edit a shipped version:
// add a new one with an upgrade, and a test that upgrades real data from the one before.
import type { Transaction } from 'dexie'

export const DB_NAME = 'policy-desk'

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<unknown>
}

const RECORD_STORES = {
  policies: 'id, level, regionCode, issued',
  vendors: 'id, name',
  models: 'id, vendorId, category, released',
  events: 'id, date, kind, vendorId',
  chips: 'id',
  datasets: 'id',
  facts: 'id, topic',
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      ...RECORD_STORES,
      notes: 'id, policyId, updatedAt',
      briefings: 'id, updatedAt',
      imports: 'id, appliedAt',
      meta: 'key',
    },
  },
  {
    // v2: notes hang on any record (policies, vendors…), not on policies only.
    version: 2,
    stores: { notes: 'id, [targetKind+targetId], updatedAt' },
    upgrade: (tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: Record<string, unknown>) => {
          note['targetKind'] = 'policies'
          note['targetId'] = note['policyId']
          delete note['policyId']
        }),
  },
  {
    // v3: deleted records wait in a trash table, so a delete can be undone, even after a restart.
    version: 3,
    stores: { trash: 'id, kind, recordId, deletedAt' },
  },
  {
    // v4: notes carry tags and a pin; existing notes get none.
    version: 4,
    stores: { notes: 'id, [targetKind+targetId], updatedAt, *tags' },
    upgrade: (tx) =>
      tx
        .table('notes')
        .toCollection()
        .modify((note: Record<string, unknown>) => {
          note['tags'] ??= []
          note['pinned'] ??= false
        }),
  },
  {
    // v5: a cache the search worker keeps (light policy rows and the search index), so a
    // start with 100,000 policies does not read and tokenise every record again.
    version: 5,
    stores: { cache: 'key' },
  },
  {
    // v6: merge rules for imports. recordState keeps the publisher's version of a record the
    // user edited by hand (and which fields), tombstones remember removals so an older copy
    // cannot come back, importUndo keeps what each import replaced so it can be undone.
    version: 6,
    stores: { recordState: 'key, kind, conflicts', tombstones: 'key', importUndo: 'importId' },
  },
  {
    // v7: briefings keep a version history (automatic and named snapshots) and users save
    // their own templates. Briefings gain print settings and a revision; old ones get defaults.
    version: 7,
    stores: { briefingSnapshots: 'id, [briefingId+at]', briefingTemplates: 'id, name' },
    upgrade: (tx) =>
      tx
        .table('briefings')
        .toCollection()
        .modify((b: Record<string, unknown>) => {
          b['print'] ??= { style: 'modern', pageNumbers: 'chinese', header: '' }
          b['rev'] ??= 0
        }),
  },
  {
    // v8: files attached to case files (vendors, models, chips, corpora), kept as Blobs.
    // Vendors, models and chips gain fields with defaults (applications, figures, policy
    // links, deployment, successors…); old rows get them on upgrade.
    version: 8,
    stores: { attachments: 'id, [targetKind+targetId], addedAt' },
    upgrade: async (tx) => {
      await tx.table('vendors').toCollection().modify((v: Record<string, unknown>) => {
        v['region'] ??= null
        v['tags'] ??= []
        v['applications'] ??= []
        v['figures'] ??= []
        v['policyLinks'] ??= []
      })
      await tx.table('models').toCollection().modify((m: Record<string, unknown>) => {
        m['licence'] ??= null
        m['deployment'] ??= []
        m['languages'] ??= []
        m['milestones'] ??= []
      })
      await tx.table('chips').toCollection().modify((c: Record<string, unknown>) => {
        c['successorIds'] ??= []
      })
    },
  },
]
