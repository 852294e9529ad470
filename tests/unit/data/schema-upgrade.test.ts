// A database made by the first schema version, with data in it, opens under the current
// version without losing anything, notes move to their v2 shape and briefings to their v7 one.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { SCHEMA_VERSIONS } from '../../../src/renderer/data/schema-versions'

describe('schema upgrades', () => {
  it('upgrades v1 → current without loss', async () => {
    const name = `upgrade-${Math.random()}`
    const v1 = new PolicyDeskDb(name, 1)
    await v1.open()
    expect(v1.verno).toBe(1)
    const policy = { id: 'pol-a', rev: 1, title: '测试政策', level: 'national', regionCode: null, regionName: '全国', issued: '2017' }
    await v1.table('policies').add(policy)
    await v1.table('notes').bulkAdd([
      { id: 'note-1', policyId: 'pol-a', body: '第一条笔记', createdAt: 1, updatedAt: 1 },
      { id: 'note-2', policyId: 'pol-a', body: '第二条', createdAt: 2, updatedAt: 3 },
    ])
    await v1.table('briefings').add({ id: 'brf-1', title: '简报', doc: { type: 'doc' }, createdAt: 1, updatedAt: 1 })
    v1.close()

    const current = new PolicyDeskDb(name)
    await current.open()
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version)
    expect(await current.policies.get('pol-a')).toEqual(policy)
    expect(await current.briefings.count()).toBe(1)
    // v7: an old briefing gets default print settings and revision 0, and its document is kept
    expect(await current.briefings.get('brf-1')).toEqual({
      id: 'brf-1', title: '简报', doc: { type: 'doc' }, createdAt: 1, updatedAt: 1,
      print: { style: 'modern', pageNumbers: 'chinese', header: '' }, rev: 0,
    })
    expect(await current.briefingSnapshots.count()).toBe(0)
    expect(await current.briefingTemplates.count()).toBe(0)
    const notes = await current.notes.where('[targetKind+targetId]').equals(['policies', 'pol-a']).sortBy('createdAt')
    expect(notes.map((n) => [n.id, n.body, n.targetKind, n.targetId])).toEqual([
      ['note-1', '第一条笔记', 'policies', 'pol-a'],
      ['note-2', '第二条', 'policies', 'pol-a'],
    ])
    expect(notes[1]).not.toHaveProperty('policyId')
    expect(notes[0]).toMatchObject({ tags: [], pinned: false })
    expect(await current.notes.where('tags').equals('x').count()).toBe(0)
    expect(notes[1]!.updatedAt).toBe(3)
    current.close()
    await Dexie.delete(name)
  })

  it('v7 → v8: case files gain their new fields with empty defaults, nothing else changes', async () => {
    const name = `upgrade8-${Math.random()}`
    const v7 = new PolicyDeskDb(name, 7)
    await v7.open()
    const vendor = { id: 'ven-a', rev: 2, sources: [{ sourceId: 'src' }], name: '科大讯飞', aliases: [], kind: 'company', origin: 'cn', summary: '摘要' }
    const model = { id: 'mod-a', rev: 1, sources: [{ sourceId: 'src' }], name: '星火', aliases: [], vendorId: 'ven-a', category: 'general', modalities: [], parameters: null, openSource: null, released: null, industries: [], summary: '' }
    const chip = { id: 'chip-a', rev: 1, sources: [{ sourceId: 'src' }], name: '思元 290', maker: '寒武纪', processNode: null, fp16Tflops: null, availability: 'domestic', summary: '' }
    await v7.table('vendors').add(vendor)
    await v7.table('models').add(model)
    await v7.table('chips').add(chip)
    v7.close()

    const current = new PolicyDeskDb(name)
    await current.open()
    expect(await current.vendors.get('ven-a')).toEqual({ ...vendor, region: null, tags: [], applications: [], figures: [], policyLinks: [] })
    expect(await current.models.get('mod-a')).toEqual({ ...model, licence: null, deployment: [], languages: [], milestones: [] })
    expect(await current.chips.get('chip-a')).toEqual({ ...chip, successorIds: [] })
    expect(await current.attachments.count()).toBe(0)
    current.close()
  })

  it('keeps every shipped version in order', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1))
  })
})
