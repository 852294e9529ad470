// Print settings are saved on their own: style, numbering and header change, the revision goes
// up, and the document and title stay as they were.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { createBriefing, getBriefing } from '../../../src/renderer/data/repositories/briefings'
import { saveBriefingPrint } from '../../../src/renderer/data/repositories/briefing-print'

let db: PolicyDeskDb
beforeEach(() => {
  db = new PolicyDeskDb(`print-${Math.random()}`)
})
afterEach(async () => {
  db.close()
  await Dexie.delete(db.name)
})

describe('saveBriefingPrint', () => {
  it('updates only the print settings and updatedAt; the revision (which guards the document) stays', async () => {
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文' }] }] }
    const b = await createBriefing(db, '周报', doc)
    expect(b.print).toEqual({ style: 'modern', pageNumbers: 'chinese', header: '' })
    const saved = await saveBriefingPrint(db, b.id, { style: 'official', pageNumbers: 'dash', header: '内部资料' })
    const stored = await getBriefing(db, b.id)
    expect(stored).toEqual(saved)
    expect(stored).toMatchObject({ title: '周报', doc, print: { style: 'official', pageNumbers: 'dash', header: '内部资料' }, rev: b.rev })
    expect(stored!.updatedAt).toBeGreaterThanOrEqual(b.updatedAt)
  })

  it('refuses settings outside the schema and a missing briefing', async () => {
    const b = await createBriefing(db, '周报', { type: 'doc', content: [] })
    await expect(saveBriefingPrint(db, b.id, { style: 'fancy' as never, pageNumbers: 'dash', header: '' })).rejects.toThrow(/modern/)
    await expect(saveBriefingPrint(db, b.id, { style: 'modern', pageNumbers: 'dash', header: 'x'.repeat(81) })).rejects.toThrow(/80/)
    await expect(saveBriefingPrint(db, 'brf-none', { style: 'modern', pageNumbers: 'dash', header: '' })).rejects.toThrow(/not found/)
    expect((await getBriefing(db, b.id))!.rev).toBe(b.rev)
  })
})
