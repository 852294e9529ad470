// Files attached to case files, kept as Blobs in IndexedDB on this machine. A file is checked
// (size, and what its first bytes say it is) before anything is written.
import { attachmentMetaSchema, checkAttachment, type AttachmentMeta, type AttachmentTarget } from '@shared/attachments/rules'
import { newId, type Attachment } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'

export class AttachmentError extends Error {
  constructor(readonly field: string, message: string) {
    super(message)
  }
}

export async function addAttachment(db: PolicyDeskDb, target: { kind: AttachmentTarget; id: string }, file: Blob, name: string): Promise<AttachmentMeta> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer())
  const check = checkAttachment(name, file.size, head)
  if (!check.ok) throw new AttachmentError(check.field, check.message)
  const meta = attachmentMetaSchema.parse({ id: newId('att'), targetKind: target.kind, targetId: target.id, name: name.trim().slice(0, 200), type: check.type, size: file.size, addedAt: Date.now() })
  // stored with the type we read from its bytes, never the one the file claimed
  const row: Attachment = { ...meta, data: new Blob([file], { type: check.type }) }
  await db.attachments.add(row)
  return meta
}

/** The attachments of one case file, newest first, without their bytes. */
export async function listAttachments(db: PolicyDeskDb, kind: AttachmentTarget, id: string): Promise<AttachmentMeta[]> {
  const rows = await db.attachments.where('[targetKind+targetId]').equals([kind, id]).toArray()
  return rows.map(({ data: _data, ...meta }) => meta).sort((a, b) => b.addedAt - a.addedAt)
}

export async function attachmentData(db: PolicyDeskDb, id: string): Promise<Blob | null> {
  return (await db.attachments.get(id))?.data ?? null
}

/** Removes a file and hands it back, so the toast can offer to undo. */
export async function removeAttachment(db: PolicyDeskDb, id: string): Promise<Attachment | null> {
  return db.transaction('rw', db.attachments, async () => {
    const row = await db.attachments.get(id)
    if (row) await db.attachments.delete(id)
    return row ?? null
  })
}

export async function restoreAttachment(db: PolicyDeskDb, row: Attachment): Promise<void> {
  await db.attachments.put(row)
}
