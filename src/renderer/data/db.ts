// The one Dexie database: record tables, the user's notes and briefings, import history.
// User data is written with strict durability (Chromium's default is relaxed).
import Dexie, { type Table } from 'dexie'
import type { Chip, Dataset, Fact, Model, Policy, PolicyEvent, Vendor } from '@shared/model/records'
import type { Attachment, Briefing, BriefingSnapshot, ImportEntry, ImportUndo, MetaEntry, Note, TrashEntry, UserTemplate } from '@shared/model/user-data'
import type { RecordState, TombstoneRow } from '@shared/merge/state'
import { DB_NAME, SCHEMA_VERSIONS } from './schema-versions'
import { installChangeFeed } from './change-feed'

// Dexie switches on its debug mode on pages served from localhost or 127.0.0.1 (`npm run web`,
// the end-to-end tests, the benchmarks): every table call then captures an async stack trace,
// and the first capture re-parses the app's scripts for source positions. The desktop app's
// app:// pages never get it; a production build turns it off wherever it is served.
if (!import.meta.env.DEV) Dexie.debug = false

/** A cache row of the desk worker (workers/desk/cache.ts); derived data, safe to drop. */
export interface CacheEntry {
  key: string
  value: unknown
}

export class PolicyDeskDb extends Dexie {
  policies!: Table<Policy, string>
  vendors!: Table<Vendor, string>
  models!: Table<Model, string>
  events!: Table<PolicyEvent, string>
  chips!: Table<Chip, string>
  datasets!: Table<Dataset, string>
  facts!: Table<Fact, string>
  notes!: Table<Note, string>
  briefings!: Table<Briefing, string>
  imports!: Table<ImportEntry, string>
  meta!: Table<MetaEntry, string>
  trash!: Table<TrashEntry, string>
  cache!: Table<CacheEntry, string>
  recordState!: Table<RecordState, string>
  tombstones!: Table<TombstoneRow, string>
  importUndo!: Table<ImportUndo, string>
  briefingSnapshots!: Table<BriefingSnapshot, string>
  briefingTemplates!: Table<UserTemplate, string>
  attachments!: Table<Attachment, string>

  constructor(name = DB_NAME, upTo = SCHEMA_VERSIONS.length) {
    super(name, { chromeTransactionDurability: 'strict' })
    for (const v of SCHEMA_VERSIONS.slice(0, upTo)) {
      const version = this.version(v.version).stores(v.stores)
      if (v.upgrade) version.upgrade(v.upgrade)
    }
    installChangeFeed(this)
  }
}

let instance: PolicyDeskDb | null = null
export function getDb(): PolicyDeskDb {
  instance ??= new PolicyDeskDb()
  return instance
}
