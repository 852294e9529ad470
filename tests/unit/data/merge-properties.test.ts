// Properties of imports over IndexedDB (fake-indexeddb): whatever random bundles arrive, no
// note is lost or changed, and undoing the last import restores exactly the previous state.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import Dexie from 'dexie'
import fc from 'fast-check'
import { bundleDigest, canonicalJson } from '@shared/bundle/digest'
import { readBundleText } from '@shared/bundle/read'
import type { Bundle } from '@shared/bundle/schema'
import type { Policy } from '@shared/model/records'
import { PolicyDeskDb } from '../../../src/renderer/data/db'
import { applyImport, undoImport } from '../../../src/renderer/data/repositories/merge'
import { createNote } from '../../../src/renderer/data/repositories/notes'
import { savePolicy } from '../../../src/renderer/data/repositories/policies'

const base = JSON.parse(readFileSync('resources/default-data/bundle.json', 'utf8')) as Bundle
const pool = base.records.policies.slice(0, 6)

type Change = { index: number; rev: number; summary: string | null; tomb: boolean }
const changeArb = fc.record({ index: fc.nat(pool.length - 1), rev: fc.integer({ min: 1, max: 3 }), summary: fc.option(fc.constantFrom('甲摘要', '乙摘要'), { nil: null }), tomb: fc.boolean() })

async function bundleOf(changes: Change[], sequence: number): Promise<Bundle> {
  const b = structuredClone(base) as Bundle & Record<string, unknown>
  b.sequence = sequence
  const policies: Policy[] = []
  b.tombstones = []
  for (const c of changes) {
    const p = pool[c.index]!
    if (c.tomb) b.tombstones.push({ kind: 'policies', id: p.id, rev: c.rev })
    else if (!policies.some((x) => x.id === p.id)) policies.push({ ...p, rev: c.rev, summary: c.summary ?? p.summary })
  }
  b.records = { ...b.records, policies, vendors: [], models: [], events: [], chips: [], datasets: [], facts: [] }
  b.digest = { algorithm: 'sha-256', value: await bundleDigest(b) }
  const read = await readBundleText(JSON.stringify(b))
  if (!read.ok) throw new Error(JSON.stringify(read.errors))
  return read.bundle
}

async function snapshot(db: PolicyDeskDb): Promise<string> {
  const out: Record<string, unknown> = {}
  for (const name of ['policies', 'recordState', 'tombstones', 'notes']) out[name] = await db.table(name).toArray()
  return canonicalJson(out)
}

describe('imports over IndexedDB (properties)', () => {
  it('never loses or changes a note, and undo of the last import restores the exact previous state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(changeArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), fc.nat(pool.length - 1), fc.boolean(), async (bundles, notedIndex, edit) => {
        const db = new PolicyDeskDb(`prop-${Math.random()}`)
        try {
          await applyImport(db, await bundleOf(pool.map((_, index) => ({ index, rev: 1, summary: null, tomb: false })), 1), { source: 'base' })
          const note = await createNote(db, 'policies', pool[notedIndex]!.id, '我的笔记')
          if (edit) await savePolicy(db, { ...(await db.policies.get(pool[0]!.id))!, title: '我改的标题' })
          let seq = 2
          for (const changes of bundles.slice(0, -1)) await applyImport(db, await bundleOf(changes, seq++), { source: 'b' })
          const before = await snapshot(db)
          const { entry } = await applyImport(db, await bundleOf(bundles.at(-1)!, seq), { source: 'last' })
          expect(await db.notes.toArray()).toEqual([note])
          if (edit && (await db.policies.get(pool[0]!.id))) expect((await db.policies.get(pool[0]!.id))!.title).toBe('我改的标题')
          await undoImport(db, entry.id)
          expect(await snapshot(db)).toBe(before)
        } finally {
          db.close()
          await Dexie.delete(db.name)
        }
      }),
      { numRuns: 25 },
    )
  })
})
