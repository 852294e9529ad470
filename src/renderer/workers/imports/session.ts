// The import worker's work: keeps the bundle being previewed, applies it by the merge rules in
// one transaction, undoes past imports. Writes to tracked tables are journaled through the UI
// thread first (it owns the change journal the desk worker relies on after a crash).
import { planImport, type ImportPlan } from '@shared/bundle/plan'
import { countRejectedRecords, readBundleText } from '@shared/bundle/read'
import type { Bundle } from '@shared/bundle/schema'
import type { RecordKind } from '@shared/model/records'
import type { FieldError } from '@shared/model/validate'
import type { PolicyDeskDb } from '../../data/db'
import { TRACKED_TABLES, type JournalEntry, type TrackedTable } from '../../data/change-feed'
import { applyImport, mergeLookup, undoImport, undoTargets } from '../../data/repositories/merge'
import type { FromImports, ImportsResult, Preview } from './protocol'

type Post = (m: FromImports) => void

export class ImportSession {
  private bundle: Bundle | null = null
  private source = ''
  private rejected = 0
  private journalReq = 0
  private waiting = new Map<number, (entries: JournalEntry[]) => void>()

  constructor(
    private readonly db: PolicyDeskDb,
    private readonly post: Post,
  ) {}

  journaled(req: number, entries: JournalEntry[]): void {
    this.waiting.get(req)?.(entries)
    this.waiting.delete(req)
  }

  private journal(targets: { kind: RecordKind; id: string }[]): Promise<JournalEntry[]> {
    const byTable = new Map<TrackedTable, string[]>()
    for (const t of targets) {
      if (!(TRACKED_TABLES as readonly string[]).includes(t.kind)) continue
      const list = byTable.get(t.kind as TrackedTable) ?? []
      list.push(t.id)
      byTable.set(t.kind as TrackedTable, list)
    }
    const req = ++this.journalReq
    return new Promise((resolve) => {
      this.waiting.set(req, resolve)
      this.post({ type: 'journal', req, changes: [...byTable].map(([table, ids]) => ({ table, ids })) })
    })
  }

  async prepareText(text: string, source: string): Promise<ImportsResult> {
    const read = await readBundleText(text, { partial: true })
    if (!read.ok) return { kind: 'invalid', errors: read.errors }
    return this.prepareBundle(read.bundle, source, read.rejected)
  }

  async prepareBundle(bundle: Bundle, source: string, rejected: FieldError[] = []): Promise<ImportsResult> {
    this.bundle = bundle
    this.source = source
    this.rejected = countRejectedRecords(rejected)
    const plan = await planImport(bundle, mergeLookup(this.db))
    return { kind: 'preview', preview: toPreview(bundle, source, plan, rejected) }
  }

  async apply(id: number, signature?: string): Promise<ImportsResult> {
    const bundle = this.bundle
    if (!bundle) throw new Error('没有待应用的导入 / nothing prepared to apply')
    const targets = [
      ...Object.entries(bundle.records).flatMap(([kind, list]) => list.map((r) => ({ kind: kind as RecordKind, id: r.id }))),
      ...bundle.tombstones.map((t) => ({ kind: t.kind as RecordKind, id: t.id })),
    ]
    const entries = await this.journal(targets)
    const { entry } = await applyImport(this.db, bundle, {
      source: this.source,
      rejected: this.rejected,
      ...(signature ? { signature } : {}),
      onProgress: (done, total) => this.post({ id, type: 'progress', done, total }),
    })
    this.post({ type: 'committed', entries })
    this.bundle = null
    return { kind: 'applied', entry }
  }

  async undo(importId: string): Promise<ImportsResult> {
    const entries = await this.journal(await undoTargets(this.db, importId))
    const res = await undoImport(this.db, importId)
    this.post({ type: 'committed', entries })
    return { kind: 'undone', ...res }
  }
}

export function toPreview(bundle: Bundle, source: string, plan: ImportPlan, rejected: FieldError[] = []): Preview {
  return {
    source,
    rejected: rejected.slice(0, 2000),
    rejectedRecords: countRejectedRecords(rejected),
    bundle: { publisher: bundle.publisher, sequence: bundle.sequence, createdAt: bundle.createdAt, title: bundle.title, digest: bundle.digest.value },
    counts: plan.counts,
    items: plan.items
      .filter((i) => i.action !== 'unchanged' || i.conflicts.length)
      .map(({ kind, id, label, action, changes, conflicts }) => ({ kind, id, label, action, changes, conflicts })),
  }
}
