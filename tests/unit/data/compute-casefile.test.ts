// Chip and corpus case files over fake-indexeddb: a hand edit that importing the default data
// again leaves alone, a new local chip, delete into the trash and undo, invalid saves refused.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import { bundleDigest } from '@shared/bundle/digest'
import { chipFromDraft, draftFromChip } from '@shared/compute/chip-edit'
import type { Chip } from '@shared/model/records'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { prepareImport } from '../../../src/renderer/data/import-bundle'
import { applyImport } from '../../../src/renderer/data/repositories/merge'
import { createNote, listNotes } from '../../../src/renderer/data/repositories/notes'
import { deleteComputeRecord, newChipId, saveChip, saveDataset, undoDeleteComputeRecord } from '../../../src/renderer/data/repositories/compute'

const text = readFileSync('resources/default-data/bundle.json', 'utf8')
let db: PolicyDeskDb
async function importDefault(source: string): Promise<void> {
  const prepared = await prepareImport(db, text, source)
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors))
  await applyImport(db, prepared.bundle, { source })
}
beforeEach(async () => {
  db = new PolicyDeskDb(`compute-${Math.random()}`)
  await db.open()
  await importDefault('default')
})
afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

const ASCEND = 'chip-huawei-ascend-910'

describe('saving chips and corpora', () => {
  it('a hand edit of a shipped chip survives a newer bundle; fields the analyst left alone follow the publisher', async () => {
    const c = (await db.chips.get(ASCEND))!
    await saveChip(db, { ...c, rev: c.rev + 1, processNode: '7nm+' })
    const b = JSON.parse(text) as { sequence: number; records: { chips: Chip[] }; digest: { value: string } }
    b.sequence = 2
    b.records.chips = b.records.chips.map((x) => (x.id === ASCEND ? { ...x, rev: 2, processNode: '5nm', summary: '发布方的新说明。' } : x))
    b.digest.value = await bundleDigest(b)
    const prepared = await prepareImport(db, JSON.stringify(b), 'update.json')
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors))
    await applyImport(db, prepared.bundle, { source: 'update.json' })
    expect(await db.chips.get(ASCEND)).toMatchObject({ processNode: '7nm+', summary: '发布方的新说明。', fp16Tflops: 256 })
  })

  it('a hand edit of a shipped corpus is kept when the same default data is imported again', async () => {
    const d = (await db.datasets.get('ds-cluecorpus'))!
    await saveDataset(db, { ...d, rev: d.rev + 1, publisher: 'CLUE' })
    await importDefault('again')
    expect((await db.datasets.get('ds-cluecorpus'))!.publisher).toBe('CLUE')
  })

  it('a new chip from the form is stored under a local id and can name a shipped successor', async () => {
    const id = newChipId()
    const res = chipFromDraft({ ...draftFromChip(), name: '示例芯片', maker: '寒武纪', fp16Tflops: '128', successorIds: [ASCEND] }, { id, chips: await db.chips.toArray() })
    if (!res.ok) throw new Error(JSON.stringify(res.errors))
    await saveChip(db, res.chip)
    expect(id).toMatch(/^chip-local-/)
    expect(await db.chips.get(id)).toMatchObject({ name: '示例芯片', fp16Tflops: 128, successorIds: [ASCEND] })
  })

  it('an invalid chip is refused and the stored one is unchanged', async () => {
    const c = (await db.chips.get(ASCEND))!
    await expect(saveChip(db, { ...c, fp16Tflops: -1 })).rejects.toThrow()
    expect(await db.chips.get(ASCEND)).toEqual(c)
  })
})

describe('delete and undo', () => {
  it('a deleted chip goes to the trash and comes back edited as it was, its notes untouched', async () => {
    const c = (await db.chips.get(ASCEND))!
    await saveChip(db, { ...c, rev: c.rev + 1, summary: '改过' })
    await createNote(db, 'chips', ASCEND, '关注能效比')
    const entry = await deleteComputeRecord(db, 'chips', ASCEND)
    expect(entry.kind).toBe('chips')
    expect(await db.chips.get(ASCEND)).toBeUndefined()
    expect(await db.trash.count()).toBe(1)
    const back = await undoDeleteComputeRecord(db, entry.id)
    expect(back.summary).toBe('改过')
    expect(await db.trash.count()).toBe(0)
    expect((await listNotes(db, 'chips', ASCEND)).map((n) => n.body)).toEqual(['关注能效比'])
  })

  it('a deleted corpus comes back; undo twice is refused', async () => {
    const entry = await deleteComputeRecord(db, 'datasets', 'ds-wudao')
    expect(await db.datasets.get('ds-wudao')).toBeUndefined()
    await undoDeleteComputeRecord(db, entry.id)
    expect((await db.datasets.get('ds-wudao'))!.name).toBe('悟道语料库')
    await expect(undoDeleteComputeRecord(db, entry.id)).rejects.toThrow(/nothing to undo/)
  })

  it('deleting what is not there says so', async () => {
    await expect(deleteComputeRecord(db, 'chips', 'chip-nope')).rejects.toThrow(/chip-nope/)
  })
})
