// The desk worker's core over fake-indexeddb: the change journal written before each write and
// reported after commit, a full build that sends every light row, searches with snippets, and
// changes (a new note, an edited and a deleted policy) followed without a rebuild.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import type { PolicyLite } from '@shared/policy/lite'
import { packRows, unpackRows } from '@shared/policy/packed-rows'
import { byIssuedDesc } from '@shared/policy/order'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { prepareImport } from '../../../src/renderer/data/import-bundle'
import { applyImport } from '../../../src/renderer/data/repositories/merge'
import { createNote } from '../../../src/renderer/data/repositories/notes'
import { deletePolicy, savePolicy } from '../../../src/renderer/data/repositories/policies'
import { saveChip } from '../../../src/renderer/data/repositories/compute'
import { onCommitted, pruneJournal, readJournal, type JournalEntry } from '../../../src/renderer/data/change-feed'
import { Desk } from '../../../src/renderer/workers/desk/desk'
import type { FromDesk } from '../../../src/renderer/workers/desk/protocol'

let db: PolicyDeskDb
let posted: FromDesk[]
let committed: JournalEntry[][]
let stop: () => void

beforeEach(async () => {
  db = new PolicyDeskDb(`desk-${Math.random()}`)
  const prepared = await prepareImport(db, readFileSync('resources/default-data/bundle.json', 'utf8'), 'default')
  if (!prepared.ok) throw new Error('default data invalid')
  await applyImport(db, prepared.bundle, { source: 'default' })
  posted = []
  committed = []
  stop = onCommitted((entries) => committed.push(entries))
})
afterEach(async () => {
  stop()
  db.close()
  await Dexie.delete(db.name)
})

/** The light rows the renderer would hold after these messages. */
function rowsFrom(messages: FromDesk[]): Map<string, PolicyLite> {
  const rows = new Map<string, PolicyLite>()
  for (const m of messages) {
    if (m.type === 'rows') {
      if (m.reset) rows.clear()
      for (const r of unpackRows(m.packed)) rows.set(r.id, r)
    } else if (m.type === 'patch') {
      for (const r of JSON.parse(m.upserts) as PolicyLite[]) rows.set(r.id, r)
      for (const id of m.removed) rows.delete(id)
    }
  }
  return rows
}

describe('change journal', () => {
  it('lists the ids of a write before it happens and reports them after commit', async () => {
    const before = readJournal().next
    const note = await createNote(db, 'policies', 'pol-cn-beijing-2023-large-model-policies', '记一笔')
    const entry = readJournal().entries.find((e) => e.table === 'notes' && e.ids !== 'all' && e.ids.includes(note.id))
    expect(entry?.seq).toBeGreaterThanOrEqual(before)
    await expect.poll(() => committed.flat().some((e) => e.seq === entry!.seq)).toBe(true)
    pruneJournal(new Set([entry!.seq]))
    expect(readJournal().entries.some((e) => e.seq === entry!.seq)).toBe(false)
  })
})

describe('desk', () => {
  it('builds from the database: every light row, then searches with marked snippets', async () => {
    const desk = new Desk(db, (m) => posted.push(m), { persistDelayMs: 5 })
    await desk.init([])
    const rows = rowsFrom(posted)
    expect(rows.size).toBe(await db.policies.count())
    expect(posted.filter((m) => m.type === 'rows').at(-1)).toMatchObject({ done: true })
    const status = posted.filter((m) => m.type === 'status').at(-1)
    expect(status).toMatchObject({ status: { phase: 'ready' } })
    const { hits } = await desk.search('人工智能', 10)
    expect(hits.length).toBeGreaterThan(2)
    expect(hits[0]!.kind).toBe('policies')
    expect(hits.some((h) => h.snippet.some((s) => s.hit))).toBe(true)
    expect((await desk.search('京', 30)).hits.map((h) => h.id)).toContain('pol-cn-beijing-2023-large-model-policies')
    expect(await db.cache.get('desk:base')).toBeDefined()
  })

  it('follows committed changes: a note is found at once, an edit and a delete patch the rows', async () => {
    const desk = new Desk(db, (m) => posted.push(m), { persistDelayMs: 5 })
    await desk.init([])
    committed = []
    let batch = 0
    const applyCommitted = async () => {
      await expect.poll(() => committed.length).toBeGreaterThan(0)
      const entries = committed.flat()
      committed = []
      await desk.onChanged(entries, ++batch)
    }

    const note = await createNote(db, 'policies', 'pol-cn-anhui-2023-large-model-policies', '合肥的算力券值得跟踪')
    await applyCommitted()
    const found = await desk.search('算力券', 10, ['notes'])
    expect(found.hits.map((h) => h.id)).toEqual([note.id])
    expect(found.hits[0]!.target).toEqual({ kind: 'policies', id: 'pol-cn-anhui-2023-large-model-policies' })
    // the list's "has notes" facet learns it from the worker
    const noted = posted.filter((m) => m.type === 'noted').at(-1)
    expect(noted?.type === 'noted' && (JSON.parse(noted.ids) as string[])).toContain('pol-cn-anhui-2023-large-model-policies')

    const policy = (await db.policies.get('pol-cn-anhui-2023-large-model-policies'))!
    await savePolicy(db, { ...policy, title: '安徽省通用人工智能创新发展三年行动计划（测试改名）' })
    await applyCommitted()
    expect(rowsFrom(posted).get(policy.id)!.title).toContain('测试改名')
    expect((await desk.search('测试改名', 5)).hits.map((h) => h.id)).toEqual([policy.id])

    await deletePolicy(db, policy.id)
    await applyCommitted()
    expect(rowsFrom(posted).has(policy.id)).toBe(false)
    expect((await desk.search('测试改名', 5)).hits).toEqual([])
    // the save after the changes says which batch it covers
    await expect.poll(() => posted.some((m) => m.type === 'persisted' && m.batch === batch)).toBe(true)
  })

  it('finds chips and training corpora by name and maker, and follows an edit of a chip', async () => {
    const desk = new Desk(db, (m) => posted.push(m), { persistDelayMs: 5 })
    await desk.init([])
    const ascend = await desk.search('昇腾', 10)
    expect(ascend.hits.filter((h) => h.kind === 'chips').map((h) => h.id)).toEqual(expect.arrayContaining(['chip-huawei-ascend-310', 'chip-huawei-ascend-910']))
    expect((await desk.search('寒武纪', 10, ['chips'])).hits.map((h) => h.id)).toEqual(expect.arrayContaining(['chip-cambricon-siyuan-290', 'chip-cambricon-siyuan-370']))
    expect((await desk.search('悟道', 10, ['datasets'])).hits.map((h) => h.id)).toEqual(['ds-wudao'])
    committed = []
    const chip = (await db.chips.get('chip-huawei-ascend-910'))!
    await saveChip(db, { ...chip, summary: `${chip.summary}（测试：达芬奇架构）` })
    await expect.poll(() => committed.length).toBeGreaterThan(0)
    await desk.onChanged(committed.flat(), 1)
    expect((await desk.search('达芬奇', 5)).hits.map((h) => [h.kind, h.id])).toEqual([['chips', 'chip-huawei-ascend-910']])
  })

  it('a start after changes the journal lists (as after a crash) picks them up', async () => {
    await new Desk(db, () => {}, { persistDelayMs: 5 }).init([])
    const start = readJournal().next
    const note = await createNote(db, 'vendors', 'ven-iflytek', '讯飞星火的行业版本')
    const journal = readJournal().entries.filter((e) => e.seq >= start)
    const desk = new Desk(db, (m) => posted.push(m), { persistDelayMs: 5 })
    await desk.init(journal)
    expect((await desk.search('星火 行业版本', 5, ['notes'])).hits.map((h) => h.id)).toEqual([note.id])
  })
})

describe('desk cache', () => {
  it('a second start loads rows and index from the cache, then applies what changed since', async () => {
    const first = new Desk(db, () => {}, { persistDelayMs: 5 })
    await first.init([])
    const base = (await db.cache.get('desk:base'))!.value as { rows: string[] }
    expect(base.rows.length).toBeGreaterThan(0)
    expect(((await db.cache.get('desk:index'))!.value as { format: number }).format).toBeGreaterThan(0)
    // changes the saved base has not seen, as the journal lists them after a crash
    const start = readJournal().next
    const note = await createNote(db, 'policies', 'pol-cn-beijing-2023-large-model-policies', '中关村的模型券申报')
    const policy = (await db.policies.get('pol-cn-shenzhen-2023-large-model-policies'))!
    await savePolicy(db, { ...policy, title: '深圳市大模型产业支持政策（改名后）' })
    const journal = readJournal().entries.filter((e) => e.seq >= start)

    const second = new Desk(db, (m) => posted.push(m), { persistDelayMs: 5 })
    await second.init(journal)
    const status = posted.filter((m) => m.type === 'status').at(-1)
    expect(status).toMatchObject({ type: 'status', status: { phase: 'ready', fromCache: true } })
    expect(status?.type === 'status' && typeof status.status.indexLoadMs).toBe('number')
    expect(rowsFrom(posted).get(policy.id)!.title).toBe('深圳市大模型产业支持政策（改名后）')
    expect((await second.search('模型券', 5, ['notes'])).hits.map((h) => h.id)).toEqual([note.id])
    expect((await second.search('改名后', 5)).hits.map((h) => h.id)).toEqual([policy.id])
  })

  it('rebuilds when the database holds records the cache and journal do not know', async () => {
    await new Desk(db, () => {}, { persistDelayMs: 5 }).init([])
    // written behind the journal's back: straight into IndexedDB through another connection
    const other = new Dexie(db.name)
    await other.open()
    const p = (await other.table('policies').get('pol-cn-hangzhou-2023-large-model-policies')) as Record<string, unknown>
    await other.table('policies').put({ ...p, id: 'pol-written-elsewhere', title: '别处写入的政策' })
    other.close()
    const desk = new Desk(db, (m) => posted.push(m), { persistDelayMs: 5 })
    await desk.init([])
    expect(posted.filter((m) => m.type === 'status').at(-1)).toMatchObject({ status: { phase: 'ready', fromCache: false } })
    expect(rowsFrom(posted).has('pol-written-elsewhere')).toBe(true)
    expect((await desk.search('别处写入', 5)).hits.map((h) => h.id)).toEqual(['pol-written-elsewhere'])
  })

  it('sends rows in the default order even when a saved cache holds them out of it', async () => {
    await new Desk(db, () => {}, { persistDelayMs: 5 }).init([])
    const saved = (await db.cache.get('desk:base'))!
    const base = saved.value as { rows: Parameters<typeof unpackRows>[0][] }
    const reversed = base.rows.flatMap((p) => unpackRows(p)).reverse()
    await db.cache.put({ key: 'desk:base', value: { ...base, rows: [packRows(reversed)] } })
    const desk = new Desk(db, (m) => posted.push(m), { persistDelayMs: 5 })
    await desk.init([])
    expect(posted.filter((m) => m.type === 'status').at(-1)).toMatchObject({ status: { phase: 'ready', fromCache: true } })
    const sent = [...rowsFrom(posted).values()]
    expect(sent.length).toBe(reversed.length)
    expect(byIssuedDesc(sent)).toBe(sent)
  })

  it('a missing or foreign index snapshot is rebuilt, never trusted', async () => {
    await new Desk(db, () => {}, { persistDelayMs: 5 }).init([])
    await db.cache.put({ key: 'desk:index', value: { format: -1 } })
    const desk = new Desk(db, (m) => posted.push(m), { persistDelayMs: 5 })
    await desk.init([])
    expect(posted.filter((m) => m.type === 'status').at(-1)).toMatchObject({ status: { phase: 'ready', fromCache: false } })
    expect((await desk.search('人工智能', 5)).hits.length).toBeGreaterThan(0)
    expect(((await db.cache.get('desk:index'))!.value as { format: number }).format).toBeGreaterThan(0)
  })

  it('loads an index saved without range tables, then saves it once with them', async () => {
    await new Desk(db, () => {}, { persistDelayMs: 5 }).init([])
    const saved = (await db.cache.get('desk:index'))!.value as Record<string, unknown>
    expect(saved.ranges).toBeDefined()
    const { ranges: _dropped, ...older } = saved
    await db.cache.put({ key: 'desk:index', value: older })
    const desk = new Desk(db, (m) => posted.push(m), { persistDelayMs: 5 })
    await desk.init([])
    expect(posted.filter((m) => m.type === 'status').at(-1)).toMatchObject({ status: { phase: 'ready', fromCache: true } })
    expect((await desk.search('人工智能', 5)).hits.length).toBeGreaterThan(0)
    expect(((await db.cache.get('desk:index'))!.value as Record<string, unknown>).ranges).toEqual(saved.ranges)
  })
})
