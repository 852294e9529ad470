// The merge rules as properties over random publishers' histories and random hand edits:
// importing twice changes nothing, an older revision never wins, bundles applied in any order
// end in the same state, a hand edit is never overwritten silently, and a removal keeps what
// the user's notes hang on.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { canonicalJson } from '@shared/bundle/digest'
import { acceptIncoming, conflictsOf, keepMine, mergeIncoming, mergeTombstone, recordHandEdit, type MergeOutcome, type Stored } from '@shared/merge/merge-record'
import type { AnyRecord } from '@shared/model/records'

type Rec = { id: string; rev: number; title: string; summary: string; topics: string[] }
const asRec = (r: Rec) => r as unknown as AnyRecord
type Op = { type: 'put'; rec: Rec } | { type: 'tomb'; id: string; rev: number }

/** An in-memory database applying outcomes exactly as applyImport does. */
class Db {
  stored = new Map<string, Stored>()
  constructor(readonly userData = new Set<string>()) {}
  get(id: string): Stored {
    return this.stored.get(id) ?? { record: undefined, state: undefined, tombstone: undefined }
  }
  write(id: string, o: MergeOutcome): void {
    if (!o.write) return
    this.stored.set(id, { record: o.record ?? undefined, state: o.state ?? undefined, tombstone: o.tombstone ?? undefined })
  }
  apply(op: Op): MergeOutcome {
    const id = op.type === 'put' ? op.rec.id : op.id
    const o = op.type === 'put' ? mergeIncoming('policies', this.get(id), asRec(op.rec)) : mergeTombstone('policies', this.get(id), op, this.userData.has(id))
    this.write(id, o)
    return o
  }
  edit(id: string, patch: Partial<Rec>): void {
    const s = this.get(id)
    if (!s.record) return
    const next = asRec({ ...(s.record as unknown as Rec), ...patch })
    this.stored.set(id, { ...s, record: next, state: recordHandEdit('policies', s.record, s.state, next) ?? undefined })
  }
  snapshot(): string {
    const out: Record<string, unknown> = {}
    for (const [id, s] of [...this.stored].sort(([a], [b]) => (a < b ? -1 : 1))) {
      out[id] = { record: s.record ?? null, state: s.state ?? null, tomb: s.tombstone?.rev ?? null }
    }
    return canonicalJson(out)
  }
}

const ids = ['pol-a', 'pol-b']
const recArb = fc.record({
  id: fc.constantFrom(...ids),
  rev: fc.integer({ min: 1, max: 4 }),
  title: fc.constantFrom('甲', '乙', '丙'),
  summary: fc.constantFrom('摘要一', '摘要二'),
  topics: fc.constantFrom<string[]>(['compute'], ['data'], []),
})
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: recArb.map((rec) => ({ type: 'put' as const, rec })) },
  { weight: 1, arbitrary: fc.record({ id: fc.constantFrom(...ids), rev: fc.integer({ min: 1, max: 4 }) }).map((t) => ({ type: 'tomb' as const, ...t })) },
)
const editArb = fc.record({ id: fc.constantFrom(...ids), title: fc.constantFrom('我的标题', '甲'), summary: fc.option(fc.constantFrom('我的摘要'), { nil: undefined }) })
const hangsArb = fc.subarray(ids)

function run(ops: Op[], edits: { id: string; title: string; summary?: string | undefined }[], hangs: string[], editAfter: number): Db {
  const db = new Db(new Set(hangs))
  ops.forEach((op, i) => {
    if (i === editAfter) for (const e of edits) db.edit(e.id, { title: e.title, ...(e.summary ? { summary: e.summary } : {}) })
    db.apply(op)
  })
  return db
}

describe('merge rules (properties)', () => {
  it('importing the same operations again changes nothing', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 8 }), fc.array(editArb, { maxLength: 2 }), hangsArb, fc.nat(8), (ops, edits, hangs, at) => {
        const db = run(ops, edits, hangs, at)
        const once = db.snapshot()
        for (const op of ops) db.apply(op)
        expect(db.snapshot()).toBe(once)
      }),
    )
  })

  it('bundles applied in any order end in the same state', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { minLength: 1, maxLength: 7 }).chain((ops) => fc.tuple(fc.constant(ops), fc.shuffledSubarray(ops, { minLength: ops.length, maxLength: ops.length }))),
        fc.array(editArb, { maxLength: 2 }),
        hangsArb,
        ([ops, shuffled], edits, hangs) => {
          // The user's edits come first (on the data as it stood before these bundles arrived).
          const base: Op[] = ids.map((id) => ({ type: 'put', rec: { id, rev: 1, title: '原题', summary: '原摘要', topics: [] } }))
          const a = run([...base, ...ops], edits, hangs, base.length)
          const b = run([...base, ...shuffled], edits, hangs, base.length)
          expect(b.snapshot()).toBe(a.snapshot())
        },
      ),
      { numRuns: Number(process.env['MERGE_RUNS'] ?? 400) },
    )
  })

  it('an older revision never overwrites a newer one', () => {
    fc.assert(
      fc.property(recArb, fc.integer({ min: 1, max: 3 }), (rec, drop) => {
        const db = new Db()
        db.apply({ type: 'put', rec: { ...rec, rev: rec.rev + drop } })
        const before = db.snapshot()
        const o = db.apply({ type: 'put', rec: { ...rec, title: '旧版本' } })
        expect(o.action).toBe('older')
        expect(db.snapshot()).toBe(before)
      }),
    )
  })

  it("a hand-edited field keeps the user's value through every import, and conflicts name it", () => {
    fc.assert(
      fc.property(fc.array(recArb.filter((r) => r.id === 'pol-a'), { maxLength: 6 }), (versions) => {
        const db = new Db()
        db.apply({ type: 'put', rec: { id: 'pol-a', rev: 1, title: '原题', summary: '原摘要', topics: [] } })
        db.edit('pol-a', { title: '我的标题' })
        for (const rec of versions) db.apply({ type: 'put', rec })
        const s = db.get('pol-a')
        expect((s.record as unknown as Rec).title).toBe('我的标题')
        const base = s.state!.base as unknown as Rec
        const conflicts = conflictsOf(s.record!, s.state!.base, s.state!.edits)
        expect(conflicts.map((c) => c.field)).toEqual(base.title !== '原题' && base.title !== '我的标题' ? ['title'] : [])
        // Fields the user did not touch follow the publisher.
        expect((s.record as unknown as Rec).summary).toBe(base.summary)
      }),
    )
  })
})

describe('merge rules (cases)', () => {
  const v1: Rec = { id: 'pol-a', rev: 1, title: '原题', summary: '原摘要', topics: [] }
  it('taking the incoming value ends the edit; keeping mine settles the conflict until the publisher changes again', () => {
    const db = new Db()
    db.apply({ type: 'put', rec: v1 })
    db.edit('pol-a', { title: '我的标题' })
    const o = db.apply({ type: 'put', rec: { ...v1, rev: 2, title: '新题' } })
    expect(o.action).toBe('change')
    expect(o.conflicts).toEqual([{ field: 'title', mine: '我的标题', incoming: '新题', origin: '原题' }])
    const s = db.get('pol-a')
    const kept = keepMine(s.record!, s.state!, 'title')!
    expect(kept.conflicts).toBe(0)
    expect(kept.edits['title']).toEqual({ origin: '新题' })
    const taken = acceptIncoming(s.record!, s.state!, 'title')
    expect((taken.record as unknown as Rec).title).toBe('新题')
    expect(taken.state).toBeNull()
  })

  it('a tombstone removes a record nothing hangs on, and keeps one with a note as withdrawn; a newer revision brings it back', () => {
    const free = new Db()
    free.apply({ type: 'put', rec: v1 })
    expect(free.apply({ type: 'tomb', id: 'pol-a', rev: 1 }).action).toBe('remove')
    expect(free.get('pol-a').record).toBeUndefined()
    expect(free.apply({ type: 'put', rec: v1 }).action).toBe('older')
    expect(free.apply({ type: 'put', rec: { ...v1, rev: 2 } }).action).toBe('add')

    const noted = new Db(new Set(['pol-a']))
    noted.apply({ type: 'put', rec: v1 })
    expect(noted.apply({ type: 'tomb', id: 'pol-a', rev: 1 }).action).toBe('withdraw')
    expect(noted.get('pol-a').state?.withdrawn).toEqual({ rev: 1 })
    noted.apply({ type: 'put', rec: { ...v1, rev: 2 } })
    expect(noted.get('pol-a').state).toBeUndefined()
  })

  it('editing a field back to the publisher value makes it the publisher\'s again', () => {
    const db = new Db()
    db.apply({ type: 'put', rec: v1 })
    db.edit('pol-a', { title: '我的标题' })
    expect(db.get('pol-a').state?.edits).toHaveProperty('title')
    db.edit('pol-a', { title: '原题' })
    expect(db.get('pol-a').state).toBeUndefined()
  })
})
