// Repositories over fake-indexeddb: importing the default data, importing it again,
// notes that survive record changes, briefings, and an apply that fails half-way.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import { bundleDigest } from '@shared/bundle/digest'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { prepareImport } from '../../../src/renderer/data/import-bundle'
import { countRecords } from '../../../src/renderer/data/repositories/records'
import { listImports } from '../../../src/renderer/data/repositories/import-history'
import { applyImport } from '../../../src/renderer/data/repositories/merge'
import { createNote, deleteNote, listNotes, updateNote } from '../../../src/renderer/data/repositories/notes'
import { makeAnchor } from '@shared/notes/anchor'
import { locateQuote } from '@shared/notes/policy-quotes'
import { createBriefing, listBriefings, saveBriefing } from '../../../src/renderer/data/repositories/briefings'

const text = readFileSync('resources/default-data/bundle.json', 'utf8')
let db: PolicyDeskDb

async function importText(t: string, source = 'test.json') {
  const prepared = await prepareImport(db, t, source)
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors))
  return (await applyImport(db, prepared.bundle, { source })).plan
}

async function dump(d: PolicyDeskDb) {
  const out: Record<string, unknown[]> = {}
  for (const table of d.tables) out[table.name] = await table.toArray()
  return out
}

beforeEach(async () => {
  db = new PolicyDeskDb(`repo-${Math.random()}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

describe('import into the database', () => {
  it('fills an empty database with the default data and logs the import', async () => {
    const plan = await importText(text)
    const counts = await countRecords(db)
    const bundle = JSON.parse(text)
    for (const [kind, list] of Object.entries(bundle.records)) expect(counts[kind as keyof typeof counts]).toBe((list as unknown[]).length)
    expect(plan.counts.add).toBe(Object.values(counts).reduce((a, b) => a + b, 0))
    const history = await listImports(db)
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ publisher: bundle.publisher.name, digest: bundle.digest.value, sequence: 1 })
  })

  it('changes nothing when the same bundle is imported again', async () => {
    await importText(text)
    const before = await dump(db)
    const plan = await importText(text)
    expect(plan.counts).toMatchObject({ add: 0, change: 0, remove: 0 })
    const after = await dump(db)
    expect(after['policies']).toEqual(before['policies'])
    expect(after['vendors']).toEqual(before['vendors'])
  })

  it('never touches notes when a record changes; a removed record with a note stays, withdrawn', async () => {
    await importText(text)
    const policyId = JSON.parse(text).records.policies[0].id as string
    const note = await createNote(db, 'policies', policyId, '我的分析')
    const next = JSON.parse(text)
    next.sequence = 2
    next.records.policies[0].rev = 2
    next.records.policies[0].summary = '更新后的摘要'
    next.tombstones = [{ kind: 'policies', id: policyId, rev: 3 }]
    next.records.policies.shift()
    next.digest.value = await bundleDigest(next)
    const plan = await importText(JSON.stringify(next))
    expect(plan.counts.withdraw).toBe(1)
    expect(plan.counts.remove).toBe(0)
    expect(await db.policies.get(policyId)).toMatchObject({ id: policyId })
    expect(await db.recordState.get(`policies:${policyId}`)).toMatchObject({ withdrawn: { rev: 3 } })
    expect(await listNotes(db, 'policies', policyId)).toEqual([note])
  })

  it('leaves the database exactly as before when an apply fails half-way', async () => {
    await importText(text)
    const before = await dump(db)
    const next = JSON.parse(text)
    next.sequence = 2
    for (const p of next.records.policies) {
      p.rev = 2
      p.summary += '（修订）'
    }
    next.digest.value = await bundleDigest(next)
    const prepared = await prepareImport(db, JSON.stringify(next), 'fault.json')
    if (!prepared.ok) throw new Error('unexpected')
    const spy = vi.spyOn(db.imports, 'add').mockRejectedValueOnce(new Error('disk full'))
    await expect(applyImport(db, prepared.bundle, { source: 'fault.json' })).rejects.toThrow('disk full')
    spy.mockRestore()
    expect(await dump(db)).toEqual(before)
  })
})

describe('notes', () => {
  it('creates, edits with validation, and deletes', async () => {
    const n = await createNote(db, 'vendors', 'ven-iflytek', '')
    await updateNote(db, n.id, '讯飞星火：关注行业落地')
    const [stored] = await listNotes(db, 'vendors', 'ven-iflytek')
    expect(stored!.body).toBe('讯飞星火：关注行业落地')
    expect(stored!.updatedAt).toBeGreaterThanOrEqual(n.updatedAt)
    await expect(updateNote(db, n.id, 'x'.repeat(200_001))).rejects.toThrow(/too long/)
    expect((await listNotes(db, 'vendors', 'ven-iflytek'))[0]!.body).toBe('讯飞星火：关注行业落地')
    await deleteNote(db, n.id)
    expect(await listNotes(db, 'vendors', 'ven-iflytek')).toEqual([])
  })
})

describe('notes with anchored quotes', () => {
  it('stores the quote as given, refuses a malformed one, and never changes it when the policy changes or goes', async () => {
    await importText(text)
    const policy = JSON.parse(text).records.policies[0]
    const passage = policy.summary.slice(10, 24) as string
    const quote = makeAnchor(policy.summary, 10, 24, 'summary')!
    const note = await createNote(db, 'policies', policy.id, '**重点**', quote)
    expect(note.quote).toEqual(quote)
    await expect(createNote(db, 'policies', policy.id, '', { ...quote, exact: '' })).rejects.toThrow(/quoted passage must not be empty/)
    await expect(createNote(db, 'policies', policy.id, '', { ...quote, field: 'keyMeasures' })).rejects.toThrow(/index/)

    // the summary is edited so that the passage moves: the note is untouched, the quote still found
    await db.policies.update(policy.id, { summary: '（新增导语）' + policy.summary })
    const [stored] = await listNotes(db, 'policies', policy.id)
    expect(stored).toEqual(note)
    const moved = await db.policies.get(policy.id)
    const spot = locateQuote(moved!, stored!.quote!)!
    expect(moved!.summary.slice(spot.start, spot.end)).toBe(passage)

    // the passage is removed: not found, the note still the same; the policy deleted: the note stays
    await db.policies.update(policy.id, { summary: '完全改写的摘要。' })
    expect(locateQuote((await db.policies.get(policy.id))!, stored!.quote!)).toBeNull()
    await db.policies.delete(policy.id)
    expect(await listNotes(db, 'policies', policy.id)).toEqual([note])
  })

  it('reads old notes without a quote as before', async () => {
    const n = await createNote(db, 'policies', 'pol-a', '旧笔记')
    expect(n).not.toHaveProperty('quote')
  })
})

describe('briefings', () => {
  it('saves title and document, refusing an empty title without losing the stored one', async () => {
    const b = await createBriefing(db, '周报', { type: 'doc', content: [] })
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文' }] }] }
    const saved = await saveBriefing(db, b.id, '人工智能周报', doc, b.rev)
    await expect(saveBriefing(db, b.id, '   ', doc, saved.rev)).rejects.toThrow(/title/)
    const [stored] = await listBriefings(db)
    expect(stored).toMatchObject({ title: '人工智能周报', doc, rev: b.rev + 1 })
  })
})

describe('backup export', () => {
  it('holds every table with every row, notes included', async () => {
    const { exportEverything } = await import('../../../src/renderer/data/repositories/backup')
    await importText(text)
    await createNote(db, 'policies', 'pol-x', '备份里的笔记')
    const { json, counts } = await exportEverything(db)
    const parsed = JSON.parse(json)
    expect(parsed.format).toBe('policy-desk-backup')
    expect(parsed.tables.notes[0].body).toBe('备份里的笔记')
    expect(counts['policies']).toBe(JSON.parse(text).records.policies.length)
    expect(Object.keys(parsed.tables).sort()).toEqual(db.tables.map((t) => t.name).sort())
  })
})

describe('policy hand edits', () => {
  it('a delete goes to the trash and can be undone; notes on it are never touched', async () => {
    const { deletePolicy, undoDelete, savePolicy } = await import('../../../src/renderer/data/repositories/policies')
    await importText(text)
    const policy = JSON.parse(text).records.policies[0]
    const note = await createNote(db, 'policies', policy.id, '删除前写的笔记')
    const entry = await deletePolicy(db, policy.id)
    expect(await db.policies.get(policy.id)).toBeUndefined()
    expect(await listNotes(db, 'policies', policy.id)).toEqual([note])
    const restored = await undoDelete(db, entry.id)
    expect(await db.policies.get(policy.id)).toEqual(restored)
    expect(await db.trash.count()).toBe(0)
    await expect(undoDelete(db, entry.id)).rejects.toThrow(/nothing to undo/)
    // a record that came back by other means is never overwritten by an undo
    const again = await deletePolicy(db, policy.id)
    await savePolicy(db, { ...restored, summary: '重新录入' })
    await expect(undoDelete(db, again.id)).rejects.toThrow(/not overwritten/)
    expect((await db.policies.get(policy.id))!.summary).toBe('重新录入')
  })
})

describe('note tags and pins', () => {
  it('parses tags as typed, validates them, and lists pinned notes first', async () => {
    const { parseTags } = await import('@shared/model/user-data')
    const { listAllNotes, setNotePinned, setNoteTags } = await import('../../../src/renderer/data/repositories/notes')
    expect(parseTags('#算力 数据，#算力  政策、地方')).toEqual(['算力', '数据', '政策', '地方'])
    const a = await createNote(db, 'policies', 'pol-a', '较早')
    const b = await createNote(db, 'policies', 'pol-b', '较新')
    await setNoteTags(db, a.id, ['算力'])
    await expect(setNoteTags(db, a.id, ['x'.repeat(41)])).rejects.toThrow(/tag too long/)
    await setNotePinned(db, a.id, true)
    const all = await listAllNotes(db)
    expect(all.map((n) => n.id)).toEqual([a.id, b.id])
    expect(all[0]).toMatchObject({ tags: ['算力'], pinned: true })
    expect(await db.notes.where('tags').equals('算力').count()).toBe(1)
  })
})
