// Messages between the import screen and the import worker, which reads, plans, applies and
// undoes imports off the UI thread.
import type { ImportPlan, PlanItem } from '@shared/bundle/plan'
import type { Bundle } from '@shared/bundle/schema'
import type { FieldError } from '@shared/model/validate'
import type { ImportEntry } from '@shared/model/user-data'
import type { JournalEntry, TrackedTable } from '../../data/change-feed'

/** One line of the preview: the plan item without the records themselves. */
export type PreviewItem = Omit<PlanItem, 'before' | 'outcome'>
export interface Preview {
  source: string
  bundle: Pick<Bundle, 'publisher' | 'sequence' | 'createdAt' | 'title'> & { digest: string }
  counts: ImportPlan['counts']
  items: PreviewItem[]
  /** Records left out because they failed validation: record, field and reason. */
  rejected: FieldError[]
  /** How many records those errors name. */
  rejectedRecords: number
}

export type ToImports =
  | { id: number; type: 'prepare'; text: string; source: string }
  | { id: number; type: 'prepareBundle'; bundle: Bundle; source: string }
  | { id: number; type: 'apply'; signature?: string }
  | { id: number; type: 'undo'; importId: string }
  | { type: 'journaled'; req: number; entries: JournalEntry[] }

export type ImportsResult =
  | { kind: 'preview'; preview: Preview }
  | { kind: 'invalid'; errors: FieldError[] }
  | { kind: 'applied'; entry: ImportEntry }
  | { kind: 'undone'; restored: number; skipped: number }

export type FromImports =
  | { id: number; type: 'result'; result: ImportsResult }
  | { id: number; type: 'error'; message: string }
  | { id: number; type: 'progress'; done: number; total: number }
  /** Before writing: the ids about to change, for the change journal (kept by the UI thread). */
  | { type: 'journal'; req: number; changes: { table: TrackedTable; ids: string[] }[] }
  /** After commit: the journal entries whose writes are now durable. */
  | { type: 'committed'; entries: JournalEntry[] }
