// What the analyst writes: notes, briefings, and the history of imports. Bundles never
// carry these; imports must never overwrite them.
import { z } from 'zod'
import { idSchema, textSchema } from './common'

export const NOTE_TARGETS = ['policies', 'vendors', 'models'] as const
export type NoteTarget = (typeof NOTE_TARGETS)[number]

export const noteSchema = z.strictObject({
  id: idSchema,
  targetKind: z.enum(NOTE_TARGETS),
  targetId: idSchema,
  body: textSchema(200_000),
  tags: z.array(z.string().trim().min(1).max(40, '标签过长 / tag too long (max 40)')).max(30).default([]),
  pinned: z.boolean().default(false),
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
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
})
export type Briefing = z.infer<typeof briefingSchema>

export interface ImportEntry {
  id: string
  appliedAt: number
  source: string
  publisher: string
  digest: string
  sequence: number
  counts: Record<string, number>
}

/** A deleted record, kept so the delete can be undone. */
export interface TrashEntry {
  id: string
  kind: 'policies'
  recordId: string
  record: unknown
  deletedAt: number
}

export interface MetaEntry {
  key: string
  value: unknown
}

export function newId(prefix: string): string {
  const rand = globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)
  return `${prefix}-${Date.now().toString(36)}-${rand}`
}
