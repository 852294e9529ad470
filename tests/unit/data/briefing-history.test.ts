// Revisions and version history of briefings over fake-indexeddb: a save from a stale revision
// is refused and writes nothing; automatic snapshots every five minutes of saving, at most 50
// of them plus every named one; restore keeps the current state first; delete takes the
// history with it; a crash stash is applied or, if the briefing moved on, offered as a version.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import Dexie from 'dexie'
import { AUTO_SNAPSHOT_INTERVAL_MS, MAX_AUTO_SNAPSHOTS } from '@shared/briefing/snapshots'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { BriefingConflictError, createBriefing, deleteBriefing, saveBriefing } from '../../../src/renderer/data/repositories/briefings'
import {
  addSnapshot, listSnapshotSummaries, listSnapshots, restoreSnapshot, snapshotIfChanged, takeNamedSnapshot, writeOverCurrent,
} from '../../../src/renderer/data/repositories/briefing-history'
import { RECOVERED_SNAPSHOT_NAME, recoverUnsavedEdits, stashEdit } from '../../../src/renderer/data/unsaved-edits'
import { MemoryStorage } from './memory-storage'

const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
let db: PolicyDeskDb

beforeEach(async () => {
  ;(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage()
  db = new PolicyDeskDb(`history-${Math.random()}`)
  await db.open()
})
afterEach(async () => {
  vi.restoreAllMocks()
  db.close()
  await Dexie.delete(db.name)
})

describe('revisions', () => {
  it('bumps the revision on each save and refuses a save from a stale revision, writing nothing', async () => {
    const b = await createBriefing(db, '周报', para('初稿'))
    const a1 = await saveBriefing(db, b.id, '周报', para('窗口甲的修改'), 0)
    expect(a1.rev).toBe(1)
    const snapsBefore = await listSnapshots(db, b.id)
    // window B still thinks the briefing is at revision 0
    const err = await saveBriefing(db, b.id, '周报（乙）', para('窗口乙的修改'), 0).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BriefingConflictError)
    expect((err as BriefingConflictError).stored).toMatchObject({ rev: 1, doc: para('窗口甲的修改') })
    expect(await db.briefings.get(b.id)).toMatchObject({ title: '周报', rev: 1, doc: para('窗口甲的修改') })
    expect(await listSnapshots(db, b.id)).toEqual(snapsBefore)
  })

  it('overwriting keeps the overwritten state as a named snapshot; a stale overwrite keeps nothing', async () => {
    const b = await createBriefing(db, '周报', para('对方的版本'))
    await expect(writeOverCurrent(db, b.id, { title: '周报', doc: para('我的版本') }, 5, '被覆盖的对方版本')).rejects.toBeInstanceOf(BriefingConflictError)
    expect(await listSnapshots(db, b.id)).toEqual([])
    const saved = await writeOverCurrent(db, b.id, { title: '周报', doc: para('我的版本') }, 0, '被覆盖的对方版本')
    expect(saved).toMatchObject({ rev: 1, doc: para('我的版本') })
    expect(await listSnapshots(db, b.id)).toMatchObject([{ kind: 'named', name: '被覆盖的对方版本', doc: para('对方的版本') }])
  })
})

describe('automatic snapshots', () => {
  it('are taken by a save when the last one is older than five minutes, of the saved state', async () => {
    let now = 1_700_000_000_000
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    const b = await createBriefing(db, '周报', para('零'))
    let rev = b.rev
    const save = async (text: string) => (rev = (await saveBriefing(db, b.id, '周报', para(text), rev)).rev)
    await save('一') // no auto snapshot yet: taken
    now += 60_000
    await save('二') // one minute later: not taken
    now += AUTO_SNAPSHOT_INTERVAL_MS
    await save('三') // five minutes after the first: taken
    const autos = await listSnapshots(db, b.id)
    expect(autos.map((s) => s.doc)).toEqual([para('三'), para('一')])
    expect(autos.every((s) => s.kind === 'auto')).toBe(true)
  })

  it('are taken on opening only when the content differs from the newest snapshot', async () => {
    const b = await createBriefing(db, '周报', para('正文'))
    expect(await snapshotIfChanged(db, b)).not.toBeNull()
    expect(await snapshotIfChanged(db, b)).toBeNull()
    const changed = { ...b, doc: para('另一个窗口写的正文') }
    expect(await snapshotIfChanged(db, changed)).toMatchObject({ kind: 'auto', doc: changed.doc })
    // an empty new briefing is not a version worth keeping
    const empty = await createBriefing(db, '空白', { type: 'doc', content: [{ type: 'paragraph' }] })
    expect(await snapshotIfChanged(db, empty)).toBeNull()
  })

  it(`keep the newest ${MAX_AUTO_SNAPSHOTS} automatic snapshots per briefing and every named one`, async () => {
    const b = await createBriefing(db, '周报', para('正文'))
    const other = await createBriefing(db, '另一份', para('正文'))
    await addSnapshot(db, { briefingId: other.id, kind: 'auto', name: '', title: '另一份', doc: para('他') })
    await takeNamedSnapshot(db, b.id, '送审稿')
    for (let i = 0; i < MAX_AUTO_SNAPSHOTS + 5; i++) {
      await addSnapshot(db, { briefingId: b.id, kind: 'auto', name: '', title: '周报', doc: para(`第${i}稿`) }, 1000 + i)
      if (i === 20) await takeNamedSnapshot(db, b.id, '中期稿')
    }
    const list = await listSnapshots(db, b.id)
    expect(list.filter((s) => s.kind === 'auto')).toHaveLength(MAX_AUTO_SNAPSHOTS)
    expect(list.filter((s) => s.kind === 'named').map((s) => s.name).sort()).toEqual(['中期稿', '送审稿'])
    // the oldest automatic ones went, the newest stayed, newest first
    expect(list[0]!.doc).toEqual(para(`第${MAX_AUTO_SNAPSHOTS + 4}稿`))
    expect(list.some((s) => JSON.stringify(s.doc) === JSON.stringify(para('第4稿')))).toBe(false)
    expect(list.some((s) => JSON.stringify(s.doc) === JSON.stringify(para('第5稿')))).toBe(true)
    // another briefing's history is its own
    expect(await listSnapshots(db, other.id)).toHaveLength(1)
  })
})

describe('named snapshots and restore', () => {
  it('refuses an empty or over-long name', async () => {
    const b = await createBriefing(db, '周报', para('正文'))
    await expect(takeNamedSnapshot(db, b.id, '   ')).rejects.toThrow(/empty/)
    await expect(takeNamedSnapshot(db, b.id, '版'.repeat(61))).rejects.toThrow(/tooLong/)
    expect(await takeNamedSnapshot(db, b.id, ` ${'版'.repeat(60)} `)).toMatchObject({ name: '版'.repeat(60) })
  })

  it('restore keeps the current state as a snapshot first, then writes the snapshot as a new revision', async () => {
    const b = await createBriefing(db, '周报', para('送审时的正文'))
    const named = await takeNamedSnapshot(db, b.id, '送审稿')
    const edited = await saveBriefing(db, b.id, '周报（改）', para('改过的正文'), b.rev)
    const restored = await restoreSnapshot(db, named.id, edited.rev, '恢复前')
    expect(restored).toMatchObject({ title: '周报', doc: para('送审时的正文'), rev: edited.rev + 1 })
    expect(await db.briefings.get(b.id)).toEqual(restored)
    const summaries = await listSnapshotSummaries(db, b.id)
    expect(summaries[0]).toMatchObject({ kind: 'named', name: '恢复前', title: '周报（改）', chars: '改过的正文'.length })
    // a restore from a stale revision is refused and keeps no extra snapshot
    await expect(restoreSnapshot(db, named.id, edited.rev, '恢复前')).rejects.toBeInstanceOf(BriefingConflictError)
    expect(await listSnapshotSummaries(db, b.id)).toEqual(summaries)
  })

  it('deleting a briefing deletes its snapshots, and only its own', async () => {
    const b = await createBriefing(db, '周报', para('正文'))
    const keep = await createBriefing(db, '月报', para('正文'))
    await takeNamedSnapshot(db, b.id, '一稿')
    await takeNamedSnapshot(db, keep.id, '一稿')
    await addSnapshot(db, { briefingId: b.id, kind: 'auto', name: '', title: '周报', doc: para('自动') })
    await deleteBriefing(db, b.id)
    expect(await db.briefings.get(b.id)).toBeUndefined()
    expect(await listSnapshots(db, b.id)).toEqual([])
    expect(await listSnapshots(db, keep.id)).toHaveLength(1)
  })
})

describe('crash stashes', () => {
  it('are written as the next revision when nobody saved since', async () => {
    const b = await createBriefing(db, '周报', para('旧'))
    stashEdit({ kind: 'briefing', id: b.id, title: '周报', doc: para('崩溃前的最后一句'), at: Date.now(), rev: b.rev })
    expect(await recoverUnsavedEdits(db)).toBe(1)
    expect(await db.briefings.get(b.id)).toMatchObject({ doc: para('崩溃前的最后一句'), rev: b.rev + 1 })
  })

  it('are offered as a named snapshot, not applied, when another window saved since', async () => {
    const b = await createBriefing(db, '周报', para('旧'))
    stashEdit({ kind: 'briefing', id: b.id, title: '周报', doc: para('本窗口未保存的修改'), at: Date.now() + 10, rev: b.rev })
    const theirs = await saveBriefing(db, b.id, '周报', para('另一个窗口保存的修改'), b.rev)
    expect(await recoverUnsavedEdits(db)).toBe(0)
    expect(await db.briefings.get(b.id)).toEqual(theirs)
    const named = async () => (await listSnapshots(db, b.id)).filter((s) => s.kind === 'named')
    expect(await named()).toMatchObject([{ name: RECOVERED_SNAPSHOT_NAME, doc: para('本窗口未保存的修改') }])
    // a stash the save already holds is simply dropped
    const count = (await listSnapshots(db, b.id)).length
    stashEdit({ kind: 'briefing', id: b.id, title: '周报', doc: para('另一个窗口保存的修改'), at: Date.now(), rev: 0 })
    await recoverUnsavedEdits(db)
    expect(await listSnapshots(db, b.id)).toHaveLength(count)
  })
})
