// The chip and corpus forms' rules: what a valid draft stores, which field each error names,
// and successor chains that are refused (a chip as its own successor, a cycle).
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { Chip, Dataset, Vendor } from '@shared/model/records'
import { chipFromDraft, draftFromChip, type ChipDraft } from '@shared/compute/chip-edit'
import { datasetFromDraft, draftFromDataset } from '@shared/compute/dataset-edit'
import { predecessorsOf, successorCycle, successorsOf, vendorNamed } from '@shared/compute/links'

const bundle = JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8')) as { records: { chips: Partial<Chip>[]; datasets: Dataset[]; vendors: Vendor[] } }
const chips = bundle.records.chips.map((c) => ({ successorIds: [], ...c }) as Chip)
const chip = (id: string) => chips.find((c) => c.id === id)!
const S290 = 'chip-cambricon-siyuan-290'
const S370 = 'chip-cambricon-siyuan-370'
const ASCEND = 'chip-huawei-ascend-910'

const draft = (over: Partial<ChipDraft> = {}): ChipDraft => ({ ...draftFromChip(), name: '思元 590', maker: '寒武纪', ...over })
const paths = (r: { ok: boolean; errors?: { path: string }[] }) => (r.ok ? [] : r.errors!.map((e) => e.path))

describe('chip drafts', () => {
  it('a new chip with numbers typed as text is stored with numbers, citing the analyst', () => {
    const r = chipFromDraft(draft({ processNode: ' 7nm ', fp16Tflops: '1,024.5', availability: 'domestic', successorIds: [S290, S290] }), { id: 'chip-local-x', chips })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.chip).toMatchObject({ id: 'chip-local-x', rev: 1, processNode: '7nm', fp16Tflops: 1024.5, availability: 'domestic', successorIds: [S290], sources: [{ sourceId: 'local-entry' }] })
  })

  it('an edit round-trips: the draft of a shipped chip gives back the same record, one revision on', () => {
    const c = chip(ASCEND)
    const r = chipFromDraft(draftFromChip(c), { id: c.id, existing: c, chips })
    expect(r.ok && r.chip).toEqual({ ...c, rev: c.rev + 1 })
    expect(draftFromChip(c).fp16Tflops).toBe('256')
  })

  it('an empty TFLOPS field means unknown; words, zero and negatives are errors on that field', () => {
    const blank = chipFromDraft(draft({ fp16Tflops: '  ' }), { id: 'chip-local-x', chips })
    expect(blank.ok && blank.chip.fp16Tflops).toBeNull()
    for (const bad of ['很多', '0', '-3', '256 TFLOPS']) {
      expect(paths(chipFromDraft(draft({ fp16Tflops: bad }), { id: 'chip-local-x', chips })), bad).toEqual(['fp16Tflops'])
    }
  })

  it('names every empty required field', () => {
    const r = chipFromDraft(draft({ name: ' ', maker: '' }), { id: 'chip-local-x', chips })
    expect(paths(r).sort()).toEqual(['maker', 'name'])
  })

  it('refuses a chip as its own successor', () => {
    const c = chip(S290)
    const r = chipFromDraft({ ...draftFromChip(c), successorIds: [S370, S290] }, { id: S290, existing: c, chips })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors).toEqual([{ path: 'successorIds', message: expect.stringMatching(/本身/) }])
  })

  it('refuses a successor that makes a cycle, naming the chain', () => {
    const c = chip(S370)
    const r = chipFromDraft({ ...draftFromChip(c), successorIds: [S290] }, { id: S370, existing: c, chips })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]).toEqual({ path: 'successorIds', message: expect.stringContaining('思元 370 → 思元 290 → 思元 370') })
    expect(successorCycle({ id: ASCEND, name: '昇腾 910' }, [S290], chips)).toBeNull()
  })

  it('refuses a successor id no chip has', () => {
    expect(paths(chipFromDraft(draft({ successorIds: ['chip-nope'] }), { id: 'chip-local-x', chips }))).toEqual(['successorIds'])
  })
})

describe('chip links', () => {
  it('the chain reads both ways, and makers lead to vendors by exact name', () => {
    expect(successorsOf(chip(S290), chips).map((s) => s.chip?.name)).toEqual(['思元 370'])
    expect(predecessorsOf(S370, chips).map((c) => c.name)).toEqual(['思元 290'])
    expect(predecessorsOf(S290, chips)).toEqual([])
    const vendors = bundle.records.vendors
    expect(vendorNamed('英伟达', vendors)?.id).toBe('ven-nvidia')
    expect(vendorNamed('华为', vendors)?.id).toBe('ven-huawei')
    expect(vendorNamed('阿里', vendors)?.id).toBe('ven-alibaba') // by alias
    expect(vendorNamed('无名芯片厂', vendors)).toBeUndefined()
    expect(vendorNamed(null, vendors)).toBeUndefined()
  })
})

describe('corpus drafts', () => {
  it('a valid draft stores the size in GB as a number and blanks as unknown', () => {
    const r = datasetFromDraft({ ...draftFromDataset(), name: '示例语料', sizeGb: '200', openness: 'open', language: ' 中文 ' }, { id: 'ds-local-x' })
    expect(r.ok && r.dataset).toMatchObject({ name: '示例语料', sizeGb: 200, openness: 'open', language: '中文', publisher: null, size: null })
  })

  it('an edit of a shipped corpus round-trips', () => {
    const d = bundle.records.datasets.find((x) => x.id === 'ds-wudao')!
    const r = datasetFromDraft(draftFromDataset(d), { id: d.id, existing: d })
    expect(r.ok && r.dataset).toEqual({ ...d, rev: d.rev + 1 })
  })

  it('names the size and the name when they are wrong', () => {
    const r = datasetFromDraft({ ...draftFromDataset(), name: '', sizeGb: '5TB' }, { id: 'ds-local-x' })
    expect(paths(r).sort()).toEqual(['name', 'sizeGb'])
  })
})
