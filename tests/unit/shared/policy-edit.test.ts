// The policy form: what the analyst typed becomes a valid record, or messages naming each
// field and the reason.
import { describe, expect, it } from 'vitest'
import { draftFromPolicy, policyFromDraft, splitList } from '@shared/policy/edit'
import { LOCAL_SOURCE_ID } from '@shared/model/common'

const draft = () => ({
  ...draftFromPolicy(),
  title: '北京市促进通用人工智能创新发展的若干措施',
  aliases: '北京通用人工智能若干措施、北京AGI措施',
  level: 'provincial',
  regionCode: '110000',
  regionName: '北京市',
  issuers: '北京市人民政府办公厅',
  docNumber: '京政办发[2023]15号',
  issued: '2023-05',
  validityFrom: '2023',
  validityTo: '2025',
  topics: ['compute', 'data'],
  keyMeasures: '提升算力供给\n\n建设高质量数据集\n',
  links: 'https://www.beijing.gov.cn/',
})

describe('policyFromDraft', () => {
  it('builds a new record citing the local entry, with the number in its normal spelling', () => {
    const res = policyFromDraft(draft(), { id: 'pol-local-1' })
    expect(res.ok).toBe(true)
    if (!res.ok) return
    expect(res.policy).toMatchObject({
      id: 'pol-local-1',
      rev: 1,
      sources: [{ sourceId: LOCAL_SOURCE_ID }],
      aliases: ['北京通用人工智能若干措施', '北京AGI措施'],
      docNumber: '京政办发〔2023〕15号',
      validity: { from: '2023', to: '2025' },
      keyMeasures: ['提升算力供给', '建设高质量数据集'],
    })
  })

  it('an edit keeps the sources and takes the next revision', () => {
    const first = policyFromDraft(draft(), { id: 'pol-x' })
    if (!first.ok) throw new Error('unexpected')
    const existing = { ...first.policy, rev: 4, sources: [{ sourceId: 'report-2024-cn-ai-large-models', chapter: '1.1' }] }
    const res = policyFromDraft({ ...draftFromPolicy(existing), summary: '补充摘要' }, { id: 'pol-x', existing })
    expect(res.ok && res.policy).toMatchObject({ rev: 5, summary: '补充摘要', sources: existing.sources })
  })

  it('names each bad field with its reason', () => {
    const res = policyFromDraft(
      { ...draft(), title: '  ', issued: '2023-02-30', regionCode: '1100', links: 'javascript:alert(1)', validityTo: '' },
      { id: 'pol-bad' },
    )
    expect(res.ok).toBe(false)
    if (res.ok) return
    const byPath = Object.fromEntries(res.errors.map((e) => [e.path, e.message]))
    expect(byPath['title']).toMatch(/不能为空|empty/)
    expect(byPath['issued']).toMatch(/no such day/)
    expect(byPath['regionCode']).toMatch(/6-digit/)
    expect(byPath['links[0]']).toMatch(/http/)
    expect(byPath['validity.to']).toMatch(/start and end/)
  })

  it('takes a comment period like a validity period: both ends, in order, or none', () => {
    const ok = policyFromDraft({ ...draft(), commentFrom: '2023-04-11', commentTo: '2023-05-10' }, { id: 'pol-c' })
    expect(ok.ok && ok.policy.commentPeriod).toEqual({ from: '2023-04-11', to: '2023-05-10' })
    expect(draftFromPolicy(ok.ok ? ok.policy : undefined)).toMatchObject({ commentFrom: '2023-04-11', commentTo: '2023-05-10' })
    const none = policyFromDraft(draft(), { id: 'pol-c' })
    expect(none.ok && none.policy.commentPeriod).toBeNull()
    const half = policyFromDraft({ ...draft(), commentFrom: '2023-04-11' }, { id: 'pol-c' })
    expect(!half.ok && half.errors.map((e) => e.path)).toEqual(['commentPeriod.to'])
    const reversed = policyFromDraft({ ...draft(), commentFrom: '2023-05-10', commentTo: '2023-04-11' }, { id: 'pol-c' })
    expect(!reversed.ok && reversed.errors.map((e) => [e.path, e.message])).toEqual([['commentPeriod.to', expect.stringMatching(/before it starts/)]])
  })

  it('drops a relation to itself and empty list items', () => {
    const res = policyFromDraft({ ...draft(), relations: [{ type: 'implements', targetId: 'pol-self' }, { type: 'cites', targetId: 'pol-other' }] }, { id: 'pol-self' })
    expect(res.ok && res.policy.relations).toEqual([{ type: 'cites', targetId: 'pol-other' }])
    expect(splitList('a、 b，c,;d\n\n')).toEqual(['a', 'b', 'c', 'd'])
  })
})
