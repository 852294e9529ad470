// Hand edits of vendor case files: save (validated), link and unlink policies, delete into
// the trash and undo. Models, notes and attachments of a deleted vendor stay where they are,
// so an undo brings the whole case file back.
import type { Vendor } from '@shared/model/records'
import { newId, type TrashEntry } from '@shared/model/user-data'
import type { PolicyDeskDb } from '../db'
import { saveRecord, trashRecord, untrashRecord } from './record-edits'

export const newVendorId = (): string => newId('ven-local')

/** Saves a hand edit. On a published record the changed fields become the user's own, which imports never overwrite. */
export const saveVendor = (db: PolicyDeskDb, vendor: Vendor): Promise<Vendor> => saveRecord(db, 'vendors', vendor)
export const deleteVendor = (db: PolicyDeskDb, id: string): Promise<TrashEntry> => trashRecord(db, 'vendors', id)
export const undoDeleteVendor = (db: PolicyDeskDb, trashId: string): Promise<Vendor> => untrashRecord(db, 'vendors', trashId)

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
