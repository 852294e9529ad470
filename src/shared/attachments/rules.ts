// Files kept with a case file (a vendor's PDF or a screenshot): which kinds, how large, and
// what a file really is, read from its first bytes rather than from its name or the type the
// system claims (an imported file is untrusted).
import { z } from 'zod'
import { idSchema } from '../model/common'

/** 20 MB a file: a report or a slide deck, not a video. IndexedDB holds it on this machine. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
export const ATTACHMENT_TARGETS = ['vendors', 'models', 'chips', 'datasets'] as const
export type AttachmentTarget = (typeof ATTACHMENT_TARGETS)[number]
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number]

/** The stored row, without its bytes (those are a Blob beside it). */
export const attachmentMetaSchema = z.strictObject({
  id: idSchema,
  targetKind: z.enum(ATTACHMENT_TARGETS),
  targetId: idSchema,
  name: z.string().trim().min(1, '文件名不能为空 / file name must not be empty').max(200, '文件名过长 / file name too long (max 200)'),
  type: z.enum(ATTACHMENT_TYPES),
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
  addedAt: z.number().int(),
})
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>

/** What the first bytes say the file is; null for anything we do not keep. */
export function sniffType(head: Uint8Array): AttachmentType | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b)
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf' // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif' // GIF8
  if (starts(0x52, 0x49, 0x46, 0x46) && head[8] === 0x57 && head[9] === 0x45 && head[10] === 0x42 && head[11] === 0x50) return 'image/webp'
  return null
}

export type AttachmentCheck = { ok: true; type: AttachmentType } | { ok: false; field: 'file'; message: string }

/** Whether a file may be attached: its size and what its first bytes say it is. */
export function checkAttachment(name: string, size: number, head: Uint8Array): AttachmentCheck {
  const label = name || '(无名文件)'
  if (size === 0) return { ok: false, field: 'file', message: `${label}：文件是空的 / the file is empty` }
  if (size > MAX_ATTACHMENT_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1)
    return { ok: false, field: 'file', message: `${label}：${mb} MB，超过 20 MB 上限 / ${mb} MB is over the 20 MB limit` }
  }
  const type = sniffType(head)
  if (!type) return { ok: false, field: 'file', message: `${label}：只能附加 PDF 或 PNG、JPEG、GIF、WebP 图片 / only PDF and PNG, JPEG, GIF or WebP images` }
  return { ok: true, type }
}
