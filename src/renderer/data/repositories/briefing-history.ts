// A briefing's version history: automatic snapshots (on save every few minutes, on opening
// changed content), named ones, and restore. Callers that must not be split from a save pass
// in their own transaction; every function here only needs the two tables in it.
import Dexie from 'dexie'
import { newId, type Briefing, type BriefingSnapshot } from '@shared/model/user-data'
import { AUTO_SNAPSHOT_INTERVAL_MS, MAX_AUTO_SNAPSHOTS, docChars, sameContent, snapshotNameError } from '@shared/briefing/snapshots'
import type { PolicyDeskDb } from '../db'
import { putRevision } from './briefing-revision'

export type SnapshotInput = Pick<BriefingSnapshot, 'briefingId' | 'kind' | 'name' | 'title' | 'doc'>
export interface SnapshotSummary {
  id: string
  at: number
  kind: BriefingSnapshot['kind']
  name: string
  title: string
  chars: number
}

const ofBriefing = (db: PolicyDeskDb, briefingId: string) =>
  db.briefingSnapshots.where('[briefingId+at]').between([briefingId, Dexie.minKey], [briefingId, Dexie.maxKey])

/** Every snapshot of a briefing, newest first. */
export function listSnapshots(db: PolicyDeskDb, briefingId: string): Promise<BriefingSnapshot[]> {
  return ofBriefing(db, briefingId).reverse().toArray()
}

/** The list as the history panel shows it (no documents, their character counts instead). */
export async function listSnapshotSummaries(db: PolicyDeskDb, briefingId: string): Promise<SnapshotSummary[]> {
  const rows = await listSnapshots(db, briefingId)
  return rows.map((s) => ({ id: s.id, at: s.at, kind: s.kind, name: s.name, title: s.title, chars: docChars(s.doc) }))
}

export function getSnapshot(db: PolicyDeskDb, id: string): Promise<BriefingSnapshot | undefined> {
  return db.briefingSnapshots.get(id)
}

/** Adds a snapshot; its time is kept strictly after the previous one so the order is exact. */
export async function addSnapshot(db: PolicyDeskDb, input: SnapshotInput, now = Date.now()): Promise<BriefingSnapshot> {
  return db.transaction('rw', db.briefingSnapshots, async () => {
    const last = await ofBriefing(db, input.briefingId).last()
    const at = last && last.at >= now ? last.at + 1 : now
    const snap: BriefingSnapshot = { id: newId('snp'), at, ...input, doc: structuredClone(input.doc) }
    await db.briefingSnapshots.add(snap)
    if (input.kind === 'auto') await pruneAutoSnapshots(db, input.briefingId)
    return snap
  })
}

/** Keeps the newest MAX_AUTO_SNAPSHOTS automatic snapshots; named ones always stay. */
export async function pruneAutoSnapshots(db: PolicyDeskDb, briefingId: string): Promise<number> {
  const autos = (await listSnapshots(db, briefingId)).filter((s) => s.kind === 'auto')
  const extra = autos.slice(MAX_AUTO_SNAPSHOTS).map((s) => s.id)
  await db.briefingSnapshots.bulkDelete(extra)
  return extra.length
}

/** After a save: an automatic snapshot of the saved state if the last one is old enough. */
export async function snapshotOnSave(db: PolicyDeskDb, b: Briefing, now = Date.now()): Promise<BriefingSnapshot | null> {
  const lastAuto = await ofBriefing(db, b.id)
    .reverse()
    .filter((s) => s.kind === 'auto')
    .first()
  if (lastAuto && now - lastAuto.at < AUTO_SNAPSHOT_INTERVAL_MS) return null
  return addSnapshot(db, { briefingId: b.id, kind: 'auto', name: '', title: b.title, doc: b.doc }, now)
}

/** On opening: an automatic snapshot when the content differs from the newest snapshot. */
export async function snapshotIfChanged(db: PolicyDeskDb, b: Briefing): Promise<BriefingSnapshot | null> {
  return db.transaction('rw', db.briefingSnapshots, async () => {
    const last = await ofBriefing(db, b.id).last()
    // an empty new briefing is not worth a version
    if (last ? sameContent(last, b) : docChars(b.doc) === 0) return null
    return addSnapshot(db, { briefingId: b.id, kind: 'auto', name: '', title: b.title, doc: b.doc })
  })
}

/** A named snapshot of the stored state (the caller saves pending edits first). */
export async function takeNamedSnapshot(db: PolicyDeskDb, briefingId: string, name: string): Promise<BriefingSnapshot> {
  const error = snapshotNameError(name)
  if (error) throw new Error(`snapshot name: ${error}`)
  return db.transaction('rw', db.briefings, db.briefingSnapshots, async () => {
    const b = await db.briefings.get(briefingId)
    if (!b) throw new Error(`briefing ${briefingId} not found`)
    return addSnapshot(db, { briefingId, kind: 'named', name: name.trim(), title: b.title, doc: b.doc })
  })
}

/**
 * Writes `content` as a new revision after keeping the stored state as a named snapshot
 * (`beforeName`), so the state it replaces is never lost. Refused like any save when another
 * window saved since `expectedRev` (and then the snapshot is not kept either).
 */
export async function writeOverCurrent(db: PolicyDeskDb, briefingId: string, content: { title: string; doc: Record<string, unknown> }, expectedRev: number, beforeName: string): Promise<Briefing> {
  return db.transaction('rw', db.briefings, db.briefingSnapshots, async () => {
    const current = await db.briefings.get(briefingId)
    if (!current) throw new Error(`briefing ${briefingId} not found`)
    // a refused write below aborts the transaction, and this snapshot with it
    await addSnapshot(db, { briefingId, kind: 'named', name: beforeName, title: current.title, doc: current.doc })
    return putRevision(db, briefingId, content.title, content.doc, expectedRev)
  })
}

/** Restores a snapshot's title and document as a new revision, keeping the current state first. */
export async function restoreSnapshot(db: PolicyDeskDb, snapshotId: string, expectedRev: number, beforeName: string): Promise<Briefing> {
  const snap = await db.briefingSnapshots.get(snapshotId)
  if (!snap) throw new Error(`snapshot ${snapshotId} not found`)
  return writeOverCurrent(db, snap.briefingId, snap, expectedRev, beforeName)
}

export function deleteSnapshot(db: PolicyDeskDb, id: string): Promise<void> {
  return db.briefingSnapshots.delete(id)
}

/** Every snapshot of a briefing (used inside the briefing's own delete transaction). */
export function deleteSnapshotsOf(db: PolicyDeskDb, briefingId: string): Promise<number> {
  return ofBriefing(db, briefingId).delete()
}
