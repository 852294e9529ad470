// The model form: lists split, openness three-way, milestones kept in order with blank rows
// dropped; errors name the field and the milestone row as the form shows it.
import { describe, expect, test } from 'vitest'
import { modelSchema } from '@shared/model/records'
import { draftFromModel, modelFromDraft } from '@shared/vendors/model-edit'

describe('model form', () => {
  test('a new model of a vendor', () => {
    const d = draftFromModel(undefined, 'ven-baichuan')
    Object.assign(d, { name: 'Baichuan-13B', modalities: '文本', openSource: 'yes', licence: '开源可商用', deployment: ['cloud', 'cloud', 'private'], languages: '中文、英文', released: '2023-07' })
    d.milestones = [{ date: '', title: '' }, { date: '2023-07', title: '发布' }]
    const res = modelFromDraft(d, { id: 'mod-local-1' })
    expect(res.ok && res.model).toMatchObject({
      id: 'mod-local-1', rev: 1, vendorId: 'ven-baichuan', openSource: true, deployment: ['cloud', 'private'], languages: ['中文', '英文'],
      milestones: [{ date: '2023-07', title: '发布' }], sources: [{ sourceId: 'local-entry' }],
    })
  })

  test('an edit keeps sources, an unknown openness stays unknown', () => {
    const existing = modelSchema.parse({ id: 'mod-x', rev: 2, sources: [{ sourceId: 'report', chapter: '4.3' }], name: 'GLM-130B', vendorId: 'ven-tsinghua', category: 'other', openSource: null })
    const res = modelFromDraft(draftFromModel(existing), { id: 'mod-x', existing })
    expect(res.ok && res.model).toMatchObject({ rev: 3, sources: existing.sources, openSource: null })
  })

  test('errors name the field and the milestone row', () => {
    const d = draftFromModel()
    d.name = ''
    d.released = '2023-13'
    d.milestones = [{ date: '', title: '' }, { date: '2024', title: '' }]
    const res = modelFromDraft(d, { id: 'mod-local-2' })
    expect(res.ok).toBe(false)
    if (res.ok) return
    const paths = res.errors.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['name', 'released', 'milestones[1].title']))
  })
})
