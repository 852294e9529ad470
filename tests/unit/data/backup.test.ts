// Backup and restore over fake-indexeddb: a round trip restores every table exactly (the cache
// excepted), merge keeps the newer row, a corrupt file changes nothing, an old-schema backup is
// upgraded through Dexie's own upgrades, and the v1 JSON export still restores.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import { gzipSync } from 'fflate'
import { decodeBackup, encodeBackup } from '@shared/backup/codec'
import type { BackupEnvelope } from '@shared/backup/format'
import { manifestEntry } from '@shared/backup/manifest'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { prepareImport } from '../../../src/renderer/data/import-bundle'
import { applyImport } from '../../../src/renderer/data/repositories/merge'
import { createNote, updateNote } from '../../../src/renderer/data/repositories/notes'
import { createBriefing } from '../../../src/renderer/data/repositories/briefings'
import { exportEverything } from '../../../src/renderer/data/repositories/backup'
import { buildBackup, readAllTables } from '../../../src/renderer/data/backup/export'
import { restoreBackup } from '../../../src/renderer/data/backup/restore'
import { addAttachment, attachmentData, listAttachments, removeAttachment, restoreAttachment } from '../../../src/renderer/data/repositories/attachments'

const text = readFileSync('resources/default-data/bundle.json', 'utf8')
const opened: PolicyDeskDb[] = []
async function freshDb(upTo?: number): Promise<PolicyDeskDb> {
  const db = new PolicyDeskDb(`backup-${Math.random()}`, upTo)
  await db.open()
  opened.push(db)
  return db
}
async function seed(db: PolicyDeskDb): Promise<void> {
  const prepared = await prepareImport(db, text, 'default.json')
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors))
  await applyImport(db, prepared.bundle, { source: 'default.json' })
}
async function decode(bytes: Uint8Array, db: PolicyDeskDb): Promise<BackupEnvelope> {
  const res = await decodeBackup(bytes, db.verno)
  if (!res.ok) throw new Error(res.error)
  return res.backup
}
const without = (t: Record<string, unknown[]>, name: string) => Object.fromEntries(Object.entries(t).filter(([k]) => k !== name))

let db: PolicyDeskDb
beforeEach(async () => {
  db = await freshDb()
  await seed(db)
})
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close()
    await Dexie.delete(d.name)
  }
})

describe('backup file', () => {
  it('holds every table but the cache, with a manifest whose counts match', async () => {
    await db.cache.put({ key: 'base', value: { big: true } })
    await createNote(db, 'policies', 'pol-x', '备份里的笔记')
    const { bytes, envelope } = await buildBackup(db, 'manual', '0.1.0')
    expect(bytes[0]).toBe(0x1f)
    expect(Object.keys(envelope.tables).sort()).toEqual(db.tables.map((t) => t.name).filter((n) => n !== 'cache').sort())
    const back = await decode(bytes, db)
    expect(back.manifest['notes']).toMatchObject({ count: 1, primaryKey: 'id' })
    expect(back.manifest['meta']!.primaryKey).toBe('key')
    expect(back.tables['policies']).toHaveLength(JSON.parse(text).records.policies.length)
  })
})

describe('reading in pages', () => {
  it('reads every row of a table larger than a page, in key order, once', async () => {
    const { PAGE_SIZE } = await import('../../../src/renderer/data/backup/export')
    const n = PAGE_SIZE * 2 + 17
    await db.trash.bulkPut(Array.from({ length: n }, (_, i) => ({ id: `t-${String(i).padStart(5, '0')}`, kind: 'policies' as const, recordId: `p${i}`, record: null, deletedAt: i })))
    const rows = (await readAllTables(db))['trash']!
    expect(rows).toHaveLength(n)
    expect(new Set(rows.map((r) => r['id'])).size).toBe(n)
    expect(rows.at(-1)!['id']).toBe(`t-${String(n - 1).padStart(5, '0')}`)
  })
})

describe('restore', () => {
  it('replace: a round trip into a fresh database equals the source table by table, and is verified', async () => {
    await createNote(db, 'policies', 'pol-x', '笔记**正文**')
    await createBriefing(db, '周报', { type: 'doc', content: [] })
    const { bytes } = await buildBackup(db, 'manual', '0.1.0')
    const empty = await freshDb()
    const res = await restoreBackup(empty, await decode(bytes, db), 'replace')
    expect(res.checks.every((c) => c.ok)).toBe(true)
    expect(res.checks.find((c) => c.table === 'notes')).toMatchObject({ actual: 1, expected: 1 })
    expect(without(await readAllTables(empty), 'cache')).toEqual(without(await readAllTables(db), 'cache'))
  })

  it('replace: rows added after the backup are gone and deleted ones are back', async () => {
    const keep = await createNote(db, 'policies', 'pol-x', '保留')
    const { bytes } = await buildBackup(db, 'manual', '0.1.0')
    await db.notes.delete(keep.id)
    await createNote(db, 'policies', 'pol-y', '备份之后写的')
    await restoreBackup(db, await decode(bytes, db), 'replace')
    expect((await db.notes.toArray()).map((n) => n.body)).toEqual(['保留'])
  })

  it('attached files travel in the backup: their bytes come back after replace and merge, verified', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 年报 test')
    const meta = await addAttachment(db, { kind: 'vendors', id: 'ven-x' }, new Blob([bytes]), '年报.pdf')
    const backup = await buildBackup(db, 'manual', '0.1.0')
    const row = backup.envelope.tables['attachments']![0]!
    expect(row['data']).toEqual({ base64: expect.any(String), type: 'application/pdf' })

    await removeAttachment(db, meta.id)
    const later = await addAttachment(db, { kind: 'vendors', id: 'ven-x' }, new Blob([bytes]), '后来的.pdf')
    const replaced = await restoreBackup(db, await decode(backup.bytes, db), 'replace')
    expect(replaced.checks.every((c) => c.ok)).toBe(true)
    expect((await listAttachments(db, 'vendors', 'ven-x')).map((a) => a.id)).toEqual([meta.id])
    const back = await attachmentData(db, meta.id)
    expect(back?.type).toBe('application/pdf')
    expect(new Uint8Array(await back!.arrayBuffer())).toEqual(bytes)

    // merge: the file's attachment is added beside one made since
    await removeAttachment(db, meta.id)
    await restoreAttachment(db, { ...later, data: new Blob([bytes], { type: 'application/pdf' }) })
    const merged = await restoreBackup(db, await decode(backup.bytes, db), 'merge')
    expect(merged.checks.every((c) => c.ok)).toBe(true)
    expect((await listAttachments(db, 'vendors', 'ven-x')).map((a) => a.id).sort()).toEqual([meta.id, later.id].sort())
    expect(new Uint8Array(await (await attachmentData(db, meta.id))!.arrayBuffer())).toEqual(bytes)
  })

  it('a backup whose attachment bytes are not base64 is refused before anything changes', async () => {
    await addAttachment(db, { kind: 'vendors', id: 'ven-x' }, new Blob([new TextEncoder().encode('%PDF-1.4')]), 'a.pdf')
    const { envelope } = await buildBackup(db, 'manual', '0.1.0')
    const rows = envelope.tables['attachments']!
    rows[0] = { ...rows[0]!, data: { base64: '***', type: 'application/pdf' } }
    envelope.manifest['attachments'] = await manifestEntry(rows, 'id')
    await createNote(db, 'policies', 'pol-x', '还在')
    await expect(restoreBackup(db, await decode(encodeBackup(envelope), db), 'replace')).rejects.toThrow(/attachments .*unreadable/)
    expect((await db.notes.toArray()).map((n) => n.body)).toContain('还在')
  })

  it('merge: adds missing rows, keeps the newer of two by updatedAt, keeps existing rows the file lacks', async () => {
    const a = await createNote(db, 'policies', 'pol-x', '旧版本')
    const b = await createNote(db, 'policies', 'pol-x', '文件里较新')
    const { bytes } = await buildBackup(db, 'manual', '0.1.0')
    const file = await decode(bytes, db)
    // a: the database's copy becomes newer than the file's; b: the file's stays newer
    await db.notes.update(a.id, { body: '数据库里较新', updatedAt: a.updatedAt + 10_000 })
    await db.notes.update(b.id, { body: '数据库里较旧', updatedAt: b.updatedAt - 10_000 })
    const onlyHere = await createNote(db, 'vendors', 'ven-x', '只在数据库里')
    const removed = (await db.policies.toCollection().first())!
    await db.policies.delete(removed.id)
    const res = await restoreBackup(db, file, 'merge')
    expect(res.checks.every((c) => c.ok)).toBe(true)
    expect((await db.notes.get(a.id))!.body).toBe('数据库里较新')
    expect((await db.notes.get(b.id))!.body).toBe('文件里较新')
    expect(await db.notes.get(onlyHere.id)).toBeDefined()
    expect(await db.policies.get(removed.id)).toEqual(removed)
    expect(res.written['notes']).toBe(1)
    expect(res.written['policies']).toBe(1)
  })

  it('refuses a file whose rows do not match its manifest and changes nothing', async () => {
    await createNote(db, 'policies', 'pol-x', '原来的')
    const { envelope } = await buildBackup(db, 'manual', '0.1.0')
    const tampered = structuredClone(envelope)
    ;(tampered.tables['notes']![0] as { body: string }).body = '被改过'
    const before = await readAllTables(db)
    await expect(restoreBackup(db, await decode(encodeBackup(tampered), db), 'replace')).rejects.toThrow(/notes: .*digest mismatch/)
    expect(await readAllTables(db)).toEqual(before)
  })

  it('refuses a table this app does not have, before writing anything', async () => {
    const { envelope } = await buildBackup(db, 'manual', '0.1.0')
    const rows = [{ id: 'x-1' }]
    const odd = { ...envelope, tables: { ...envelope.tables, widgets: rows }, manifest: { ...envelope.manifest, widgets: await manifestEntry(rows, 'id') } }
    await db.notes.clear()
    const before = await readAllTables(db)
    await expect(restoreBackup(db, await decode(encodeBackup(odd), db), 'replace')).rejects.toThrow(/widgets: .*unknown tables/)
    expect(await readAllTables(db)).toEqual(before)
  })

  it('an old (v4-era) backup without quotes and without a cache table restores and is upgraded', async () => {
    const old = await freshDb(4)
    await old.table('notes').add({ id: 'note-old', targetKind: 'policies', targetId: 'pol-a', body: '老笔记', tags: ['t'], pinned: true, createdAt: 1, updatedAt: 2 })
    const { bytes, envelope } = await buildBackup(old, 'manual', '0.0.9')
    expect(envelope.schemaVersion).toBe(4)
    expect(envelope.tables).not.toHaveProperty('cache')
    const res = await restoreBackup(db, await decode(bytes, db), 'replace')
    expect(res.upgradedFrom).toBe(4)
    expect(res.checks.every((c) => c.ok)).toBe(true)
    expect(await db.notes.toArray()).toEqual([envelope.tables['notes']![0]])
    expect(await db.policies.count()).toBe(0)
  })

  it('a v1-era backup has its notes moved to the v2 shape by the schema upgrade', async () => {
    const rows = [{ id: 'note-1', policyId: 'pol-a', body: '第一版笔记', createdAt: 1, updatedAt: 1 }]
    const envelope: BackupEnvelope = {
      format: 'policy-desk-backup', formatVersion: 2, schemaVersion: 1, appVersion: '0.0.1', createdAt: '2025-01-01T00:00:00.000Z',
      reason: 'manual', tables: { notes: rows }, manifest: { notes: await manifestEntry(rows, 'id') },
    }
    await restoreBackup(db, await decode(encodeBackup(envelope), db), 'merge')
    expect(await db.notes.get('note-1')).toEqual({ id: 'note-1', targetKind: 'policies', targetId: 'pol-a', body: '第一版笔记', tags: [], pinned: false, createdAt: 1, updatedAt: 1 })
  })

  it('restores the old v1 JSON export (plain, or gzipped)', async () => {
    const note = await createNote(db, 'policies', 'pol-x', 'v1 导出里的笔记')
    await updateNote(db, note.id, 'v1 导出里的笔记（改）')
    const { json } = await exportEverything(db)
    for (const bytes of [new TextEncoder().encode(json), gzipSync(new TextEncoder().encode(json))]) {
      const target = await freshDb()
      const res = await restoreBackup(target, await decode(bytes, target), 'replace')
      expect(res.checks.every((c) => c.ok)).toBe(true)
      expect((await target.notes.toArray()).map((n) => n.body)).toEqual(['v1 导出里的笔记（改）'])
      expect(await target.policies.count()).toBe(await db.policies.count())
    }
  })
})
