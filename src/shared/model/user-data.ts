// What the analyst writes: notes, briefings, and the history of imports. Bundles never
// carry these; imports must never overwrite them.
import { z } from 'zod'
import { idSchema, textSchema } from './common'
import { DEFAULT_PRINT, PAGE_NUMBERINGS, PRINT_STYLES } from '../briefing/doc-model'
import type { AnyRecord, RecordKind } from './records'
import type { RecordState, TombstoneRow } from '../merge/state'
import type { AttachmentMeta } from '../attachments/rules'

export const NOTE_TARGETS = ['policies', 'vendors', 'models', 'chips', 'datasets'] as const
export type NoteTarget = (typeof NOTE_TARGETS)[number]

export const QUOTE_FIELDS = ['summary', 'fullText', 'keyMeasures'] as const
export type QuoteField = (typeof QUOTE_FIELDS)[number]
/** Characters of context kept on each side of a quoted passage. */
export const QUOTE_CONTEXT = 32

/**
 * A passage of a policy quoted in a note, anchored W3C-style: the exact text, some context
 * before and after, and where it stood when quoted (see shared/notes/anchor.ts).
 */
export const quoteAnchorSchema = z
  .strictObject({
    field: z.enum(QUOTE_FIELDS, { message: '引文字段应为摘要、要点或全文 / quote field must be summary, keyMeasures or fullText' }),
    index: z.number().int('要点序号须为整数 / measure index must be an integer').min(0, '要点序号不能为负 / measure index must not be negative').optional(),
    exact: z.string().min(1, '引文不能为空 / quoted passage must not be empty').max(20_000, '引文过长 / quoted passage too long (max 20000)'),
    prefix: z.string().max(QUOTE_CONTEXT * 2, '引文前文过长 / quote prefix too long'),
    suffix: z.string().max(QUOTE_CONTEXT * 2, '引文后文过长 / quote suffix too long'),
    start: z.number().int('引文位置须为整数 / quote start must be an integer').min(0, '引文位置不能为负 / quote start must not be negative'),
    end: z.number().int('引文位置须为整数 / quote end must be an integer'),
  })
  .refine((q) => q.end > q.start, { message: '引文结束须在开始之后 / quote end must come after its start', path: ['end'] })
  .refine((q) => q.end - q.start === q.exact.length, { message: '引文位置与文字长度不符 / quote start/end do not span the quoted text', path: ['end'] })
  .refine((q) => (q.field === 'keyMeasures') === (q.index !== undefined), {
    message: '引用要点时须有序号，其他字段不可有 / a key-measure quote needs an index, other fields none',
    path: ['index'],
  })
export type QuoteAnchor = z.infer<typeof quoteAnchorSchema>

export const noteSchema = z.strictObject({
  id: idSchema,
  targetKind: z.enum(NOTE_TARGETS),
  targetId: idSchema,
  body: textSchema(200_000),
  tags: z.array(z.string().trim().min(1).max(40, '标签过长 / tag too long (max 40)')).max(30).default([]),
  pinned: z.boolean().default(false),
  /** The quoted passage, when the note was made from a selection in the policy text. Never rewritten. */
  quote: quoteAnchorSchema.optional(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
})
export type Note = z.infer<typeof noteSchema>

/** Tags as typed: separated by spaces, commas or 、, a leading # dropped, duplicates removed. */
export function parseTags(s: string): string[] {
  const seen = new Set<string>()
  for (const raw of s.split(/[\s,，、;；]+/)) {
    const tag = raw.replace(/^#+/, '').trim()
    if (tag) seen.add(tag.slice(0, 40))
  }
  return [...seen]
}

export const briefingSchema = z.strictObject({
  id: idSchema,
  title: z.string().trim().min(1, '标题不能为空 / title must not be empty').max(120, '标题过长 / title too long (max 120)'),
  /** The editor's document as ProseMirror JSON. */
  doc: z.record(z.string(), z.unknown()),
  /** page style, page numbering and running header (see shared/briefing/doc-model.ts) */
  print: z
    .strictObject({
      style: z.enum(PRINT_STYLES, { message: '版式应为 modern 或 official / print style must be modern or official' }),
      pageNumbers: z.enum(PAGE_NUMBERINGS, { message: '页码格式应为 chinese 或 dash / page numbers must be chinese or dash' }),
      header: z.string().max(80, '页眉过长 / header too long (max 80)'),
    })
    .default(DEFAULT_PRINT),
  /** bumped by every save; a save that expected another revision is refused (two windows) */
  rev: z.number().int().min(0).default(0),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
})
export type Briefing = z.infer<typeof briefingSchema>

/** A saved state of a briefing: automatic (on a timer while editing) or named by the user. */
export interface BriefingSnapshot {
  id: string
  briefingId: string
  at: number
  kind: 'auto' | 'named'
  name: string
  title: string
  doc: Record<string, unknown>
}

/** A template the user saved from a briefing. */
export interface UserTemplate {
  id: string
  name: string
  doc: Record<string, unknown>
  print: { style: (typeof PRINT_STYLES)[number]; pageNumbers: (typeof PAGE_NUMBERINGS)[number]; header: string }
  createdAt: number
}

export interface ImportEntry {
  id: string
  appliedAt: number
  source: string
  publisher: string
  digest: string
  sequence: number
  counts: Record<string, number>
  /** How the bundle's signature checked out when it was opened (signed, unsigned…), if known. */
  signature?: string
  /** When the import was undone; records changed since it were left as they were. */
  undoneAt?: number
}

/** What one import replaced, record by record, so it can be undone. */
export interface ImportUndo {
  importId: string
  entries: {
    kind: RecordKind
    id: string
    before: { record: AnyRecord | null; state: RecordState | null; tombstone: TombstoneRow | null }
    /** fingerprint of the record the import wrote (null: it removed it), to see if it changed since */
    after: string | null
  }[]
}

/** A deleted record, kept so the delete can be undone. */
export interface TrashEntry {
  id: string
  kind: RecordKind
  recordId: string
  record: unknown
  deletedAt: number
}

/** A file kept with a case file; its bytes are the Blob in `data` (shared/attachments/rules.ts). */
export interface Attachment extends AttachmentMeta {
  data: Blob
}

export interface MetaEntry {
  key: string
  value: unknown
}

export function newId(prefix: string): string {
  const rand = globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)
  return `${prefix}-${Date.now().toString(36)}-${rand}`
}
