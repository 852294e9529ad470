// Hand edits of vendor case files: save (validated), link and unlink policies, delete into
// the trash and undo. Models, notes and attachments of a deleted vendor stay where they are,
// so an undo brings the whole case file back.
import { vendorSchema, type Vendor } from '@shared/model/records'
import { newId, type TrashEntry } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'
import { noteHandEdit } from './merge'

export const newVendorId = (): string => newId('ven-local')

/** Saves a hand edit. On a published record the changed fields become the user's own, which imports never overwrite. */
export async function saveVendor(db: PolicyDeskDb, vendor: Vendor): Promise<Vendor> {
  const valid = vendorSchema.parse(vendor)
  await db.transaction('rw', db.vendors, db.recordState, async () => {
    const before = await db.vendors.get(valid.id)
    await db.vendors.put(structuredClone(valid))
    if (before && !valid.id.startsWith('ven-local-')) await noteHandEdit(db, 'vendors', before, valid)
  })
  return valid
}

async function editLinks(db: PolicyDeskDb, vendorId: string, change: (v: Vendor) => Vendor['policyLinks']): Promise<Vendor> {
  const v = await db.vendors.get(vendorId)
  if (!v) throw new Error(`厂商 ${vendorId} 不存在 / vendor not found`)
  return saveVendor(db, { ...v, rev: v.rev + 1, policyLinks: change(v) })
}

/** Links a policy to a vendor (once); the policy's page shows the vendor from its side. */
export async function linkPolicy(db: PolicyDeskDb, vendorId: string, policyId: string, note = ''): Promise<Vendor> {
  if (!(await db.policies.get(policyId))) throw new Error(`政策 ${policyId} 不存在 / policy not found`)
  return editLinks(db, vendorId, (v) => (v.policyLinks.some((l) => l.policyId === policyId) ? v.policyLinks.map((l) => (l.policyId === policyId ? { policyId, note } : l)) : [...v.policyLinks, { policyId, note }]))
}

export function unlinkPolicy(db: PolicyDeskDb, vendorId: string, policyId: string): Promise<Vendor> {
  return editLinks(db, vendorId, (v) => v.policyLinks.filter((l) => l.policyId !== policyId))
}

export async function deleteVendor(db: PolicyDeskDb, id: string): Promise<TrashEntry> {
  return db.transaction('rw', db.vendors, db.trash, async () => {
    const record = await db.vendors.get(id)
    if (!record) throw new Error(`厂商 ${id} 不存在 / vendor not found`)
    const entry: TrashEntry = { id: newId('trash'), kind: 'vendors', recordId: id, record, deletedAt: Date.now() }
    await db.trash.add(entry)
    await db.vendors.delete(id)
    return entry
  })
}

/** Puts a deleted vendor back, unless a record with its id has appeared since (then refuses). */
export async function undoDeleteVendor(db: PolicyDeskDb, trashId: string): Promise<Vendor> {
  return db.transaction('rw', db.vendors, db.trash, async () => {
    const entry = await db.trash.get(trashId)
    if (!entry || entry.kind !== 'vendors') throw new Error('nothing to undo')
    if (await db.vendors.get(entry.recordId)) throw new Error(`vendor ${entry.recordId} exists again; not overwritten`)
    const record = vendorSchema.parse(entry.record)
    await db.vendors.add(record)
    await db.trash.delete(trashId)
    return record
  })
}
