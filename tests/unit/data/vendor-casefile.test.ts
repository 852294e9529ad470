// Vendor case files over fake-indexeddb: linking policies (and what the policy side sees),
// hand edits that imports then leave alone, undoable delete, and attachments checked by size
// and by their first bytes before anything is stored.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import { MAX_ATTACHMENT_BYTES } from '@shared/attachments/rules'
import { vendorsLinkedTo } from '@shared/vendors/links'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { prepareImport } from '../../../src/renderer/data/import-bundle'
import { applyImport } from '../../../src/renderer/data/repositories/merge'
import { deleteVendor, linkPolicy, saveVendor, undoDeleteVendor, unlinkPolicy } from '../../../src/renderer/data/repositories/vendors'
import { addAttachment, attachmentData, listAttachments, removeAttachment, restoreAttachment } from '../../../src/renderer/data/repositories/attachments'

const text = readFileSync('resources/default-data/bundle.json', 'utf8')
let db: PolicyDeskDb
beforeEach(async () => {
  db = new PolicyDeskDb(`vendors-${Math.random()}`)
  await db.open()
  const prepared = await prepareImport(db, text, 'default')
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors))
  await applyImport(db, prepared.bundle, { source: 'default' })
})
afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

const PLAN = 'pol-cn-2017-new-generation-ai-plan'

describe('policy links', () => {
  it('a link made on the vendor is seen from the policy, once, and goes away when unlinked', async () => {
    await linkPolicy(db, 'ven-iflytek', PLAN, '规划背景')
    await linkPolicy(db, 'ven-iflytek', PLAN, '改过的说明') // again: updated, not doubled
    const vendors = await db.vendors.toArray()
    expect(vendorsLinkedTo(PLAN, vendors).map((l) => [l.vendor.id, l.note])).toEqual([['ven-iflytek', '改过的说明']])
    await unlinkPolicy(db, 'ven-iflytek', PLAN)
    expect(vendorsLinkedTo(PLAN, await db.vendors.toArray())).toEqual([])
  })

  it('refuses a policy that does not exist, and stores nothing', async () => {
    const before = await db.vendors.get('ven-iflytek')
    await expect(linkPolicy(db, 'ven-iflytek', 'pol-nope')).rejects.toThrow(/pol-nope/)
    expect(await db.vendors.get('ven-iflytek')).toEqual(before)
  })

  it('a hand-made link is the user\'s: importing the default data again keeps it', async () => {
    await linkPolicy(db, 'ven-baidu', PLAN)
    const prepared = await prepareImport(db, text, 'again')
    expect(prepared.ok).toBe(true)
    if (prepared.ok) await applyImport(db, prepared.bundle, { source: 'again' })
    expect((await db.vendors.get('ven-baidu'))!.policyLinks.map((l) => l.policyId)).toEqual([PLAN])
  })
})

describe('delete and undo', () => {
  it('a deleted vendor comes back whole from the trash', async () => {
    const v = await db.vendors.get('ven-vivo')
    await saveVendor(db, { ...v!, rev: v!.rev + 1, tags: ['端侧'] })
    const entry = await deleteVendor(db, 'ven-vivo')
    expect(await db.vendors.get('ven-vivo')).toBeUndefined()
    expect(await db.models.where('vendorId').equals('ven-vivo').count()).toBeGreaterThan(0) // its models stay
    const back = await undoDeleteVendor(db, entry.id)
    expect(back.tags).toEqual(['端侧'])
    expect(await db.trash.count()).toBe(0)
  })

  it('an invalid edit is refused and the stored record is unchanged', async () => {
    const v = (await db.vendors.get('ven-vivo'))!
    await expect(saveVendor(db, { ...v, name: '' })).rejects.toThrow()
    expect(await db.vendors.get('ven-vivo')).toEqual(v)
  })
})

describe('attachments', () => {
  const target = { kind: 'vendors' as const, id: 'ven-iflytek' }
  const pdf = () => new Blob([new TextEncoder().encode('%PDF-1.7\n%…\n')], { type: 'application/octet-stream' })

  it('a PDF is kept with the type its bytes give, listed newest first, removed and restored', async () => {
    const a = await addAttachment(db, target, pdf(), ' 年报.pdf ')
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])])
    const b = await addAttachment(db, target, png, 'shot.pdf') // the name lies; the bytes decide
    expect(a).toMatchObject({ name: '年报.pdf', type: 'application/pdf', targetKind: 'vendors', targetId: 'ven-iflytek' })
    expect(b.type).toBe('image/png')
    const listed = await listAttachments(db, 'vendors', 'ven-iflytek')
    expect(listed.map((x) => x.id).sort()).toEqual([a.id, b.id].sort())
    expect(listed.every((x) => !('data' in x))).toBe(true)
    expect((await attachmentData(db, a.id))?.size).toBe(pdf().size)
    const row = await removeAttachment(db, a.id)
    expect(await listAttachments(db, 'vendors', 'ven-iflytek')).toHaveLength(1)
    await restoreAttachment(db, row!)
    expect(await listAttachments(db, 'vendors', 'ven-iflytek')).toHaveLength(2)
  })

  it('refuses empty, oversized and unknown files with a message naming the file, and stores nothing', async () => {
    await expect(addAttachment(db, target, new Blob([]), 'empty.pdf')).rejects.toThrow(/empty\.pdf.*空/)
    const big = new Blob([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)])
    await expect(addAttachment(db, target, big, 'big.pdf')).rejects.toThrow(/big\.pdf.*20 MB/)
    await expect(addAttachment(db, target, new Blob(['MZ…exe']), 'tool.exe')).rejects.toThrow(/tool\.exe.*PDF/)
    expect(await db.attachments.count()).toBe(0)
  })
})
