// Imports against a real (fake-indexeddb) database: a hand edit survives a newer bundle as a
// conflict the user settles; a tombstone keeps a policy a briefing cites; undo puts back
// what an import replaced but never what the user changed since.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import { bundleDigest } from '@shared/bundle/digest'
import type { Policy } from '@shared/model/records'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { prepareImport } from '../../../src/renderer/data/import-bundle'
import { applyImport, listConflicted, resolveConflict, undoImport } from '../../../src/renderer/data/repositories/merge'
import { savePolicy } from '../../../src/renderer/data/repositories/policies'
import { createBriefing } from '../../../src/renderer/data/repositories/briefings'

const text = readFileSync('resources/default-data/bundle.json', 'utf8')
let db: PolicyDeskDb

async function importJson(bundle: Record<string, unknown>, source = 'test.json') {
  const prepared = await prepareImport(db, JSON.stringify(bundle), source)
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors))
  return applyImport(db, prepared.bundle, { source })
}
async function nextBundle(change: (b: { sequence: number; records: { policies: Policy[] }; tombstones: unknown[] }) => void) {
  const b = JSON.parse(text)
  b.sequence = 2
  change(b)
  b.digest.value = await bundleDigest(b)
  return b
}

beforeEach(async () => {
  db = new PolicyDeskDb(`merge-${Math.random()}`)
  await db.open()
  await importJson(JSON.parse(text), 'default')
})
afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

describe('imports by the merge rules', () => {
  it("keeps the analyst's hand edit through a newer bundle, flags the conflict, and lets them take either value", async () => {
    const [first] = JSON.parse(text).records.policies as Policy[]
    const stored = (await db.policies.get(first!.id))!
    await savePolicy(db, { ...stored, summary: '我改写的摘要' })
    const b = await nextBundle((x) => {
      x.records.policies[0] = { ...x.records.policies[0]!, rev: 2, summary: '发布方的新摘要', title: x.records.policies[0]!.title + '（修订）' }
    })
    const { plan } = await importJson(b, 'update.json')
    expect(plan.counts.conflicts).toBe(1)
    const after = (await db.policies.get(first!.id))!
    expect(after.summary).toBe('我改写的摘要')
    expect(after.title).toBe(first!.title + '（修订）')
    expect(after.rev).toBe(2)
    const [state] = await listConflicted(db)
    expect(state).toMatchObject({ id: first!.id, conflicts: 1 })
    // Importing it again changes nothing and raises nothing new.
    const again = await importJson(b, 'update.json')
    expect(again.plan.counts).toMatchObject({ add: 0, change: 0, remove: 0 })
    await resolveConflict(db, 'policies', first!.id, 'summary', 'incoming')
    expect((await db.policies.get(first!.id))!.summary).toBe('发布方的新摘要')
    expect(await listConflicted(db)).toEqual([])
  })

  it('keeps a policy a briefing cites when its publisher removes it, marked withdrawn; removes one nothing hangs on', async () => {
    const policies = JSON.parse(text).records.policies as Policy[]
    const [cited, free] = [policies[1]!, policies[2]!]
    await createBriefing(db, '周报', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '见', marks: [{ type: 'link', attrs: { href: `#/policies/${cited.id}` } }] }] }] })
    const b = await nextBundle((x) => {
      x.records.policies = x.records.policies.filter((p) => p.id !== cited.id && p.id !== free.id)
      x.tombstones = [
        { kind: 'policies', id: cited.id, rev: 1 },
        { kind: 'policies', id: free.id, rev: 1 },
      ]
    })
    const { plan } = await importJson(b)
    expect(plan.counts).toMatchObject({ withdraw: 1, remove: 1 })
    expect(await db.policies.get(cited.id)).toBeDefined()
    expect(await db.policies.get(free.id)).toBeUndefined()
    expect(await db.recordState.get(`policies:${cited.id}`)).toMatchObject({ withdrawn: { rev: 1 } })
    // The default bundle again (rev 1) does not bring the removed one back.
    const replay = await importJson(JSON.parse(text))
    expect(replay.plan.counts.add).toBe(0)
    expect(await db.policies.get(free.id)).toBeUndefined()
  })

  it('undo restores what an import replaced and leaves what the user changed since', async () => {
    const policies = JSON.parse(text).records.policies as Policy[]
    const b = await nextBundle((x) => {
      x.records.policies[0] = { ...x.records.policies[0]!, rev: 2, summary: '新摘要甲' }
      x.records.policies[1] = { ...x.records.policies[1]!, rev: 2, summary: '新摘要乙' }
      x.tombstones = [{ kind: 'policies', id: policies[2]!.id, rev: 1 }]
    })
    const removedBefore = await db.policies.get(policies[2]!.id)
    const { entry } = await importJson(b)
    expect(await db.policies.get(policies[2]!.id)).toBeUndefined()
    const touched = (await db.policies.get(policies[1]!.id))!
    await savePolicy(db, { ...touched, title: '我后来改的标题' })
    const res = await undoImport(db, entry.id)
    expect(res).toEqual({ restored: 2, skipped: 1 })
    expect((await db.policies.get(policies[0]!.id))!.summary).toBe(policies[0]!.summary)
    expect((await db.policies.get(policies[1]!.id))!.title).toBe('我后来改的标题')
    expect(await db.policies.get(policies[2]!.id)).toEqual(removedBefore)
    expect(await db.tombstones.count()).toBe(0)
    expect((await db.imports.get(entry.id))!.undoneAt).toBeGreaterThan(0)
    await expect(undoImport(db, entry.id)).rejects.toThrow(/already undone/)
  })
})
