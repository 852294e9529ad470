// Duplicates of sheet rows: against stored policies (same document number after
// normalisation, or same title with agreeing dates), so a row becomes a change of the stored
// record rather than a second copy; and within the sheet itself (the later row is left out).
import type { Policy } from '../model/records'
import { docNumberKey } from '../policy/doc-number'
import { datesAgree, titleKey } from './keys'
import type { SheetRecord } from './to-records'

/** What duplicate detection needs of a stored policy (a light row is enough). */
export type StoredPolicyKey = Pick<Policy, 'id' | 'title' | 'docNumber' | 'issued' | 'published'>
export type MatchReason = 'docNumber' | 'titleDate'
export interface DuplicateMatch {
  row: number
  storedId: string
  storedTitle: string
  reason: MatchReason
}
export interface SheetDuplicate {
  row: number
  firstRow: number
  reason: MatchReason
}

const sameDate = (a: Pick<Policy, 'issued' | 'published'>, b: Pick<Policy, 'issued' | 'published'>) =>
  datesAgree(a.issued, b.issued) || datesAgree(a.published, b.published)

/** Stored policies by document-number key and by title key. */
export class DuplicateIndex<T extends StoredPolicyKey = StoredPolicyKey> {
  private readonly byDoc = new Map<string, T>()
  private readonly byTitle = new Map<string, T[]>()

  constructor(rows: Iterable<T>) {
    for (const r of rows) this.add(r)
  }

  add(r: T): void {
    const doc = docNumberKey(r.docNumber)
    if (doc && !this.byDoc.has(doc)) this.byDoc.set(doc, r)
    const t = titleKey(r.title)
    const same = this.byTitle.get(t)
    if (same) same.push(r)
    else this.byTitle.set(t, [r])
  }

  match(p: StoredPolicyKey): { stored: T; reason: MatchReason } | null {
    const doc = docNumberKey(p.docNumber)
    const byDoc = doc ? this.byDoc.get(doc) : undefined
    if (byDoc) return { stored: byDoc, reason: 'docNumber' }
    const byTitle = this.byTitle.get(titleKey(p.title))?.find((s) => sameDate(s, p))
    return byTitle ? { stored: byTitle, reason: 'titleDate' } : null
  }
}

/**
 * Points each record that duplicates a stored policy at the stored id, and leaves out rows
 * that repeat an earlier row of the same sheet.
 */
export function resolveDuplicates(
  records: readonly SheetRecord[],
  stored: DuplicateIndex,
): { records: SheetRecord[]; matches: DuplicateMatch[]; inSheet: SheetDuplicate[] } {
  const out: SheetRecord[] = []
  const matches: DuplicateMatch[] = []
  const inSheet: SheetDuplicate[] = []
  const seen = new DuplicateIndex<StoredPolicyKey & { row: number }>([])
  const seenIds = new Map<string, number>()
  for (const rec of records) {
    const hit = stored.match(rec.policy)
    const id = hit ? hit.stored.id : rec.policy.id
    const earlier = seen.match(rec.policy)
    const sameId = seenIds.get(id)
    if (earlier || sameId !== undefined) {
      inSheet.push({ row: rec.row, firstRow: earlier?.stored.row ?? sameId!, reason: earlier?.reason ?? hit?.reason ?? 'titleDate' })
      continue
    }
    seen.add({ ...rec.policy, row: rec.row })
    seenIds.set(id, rec.row)
    // Reported even when the ids already agree (a record an earlier sheet import created).
    if (hit) matches.push({ row: rec.row, storedId: id, storedTitle: hit.stored.title, reason: hit.reason })
    out.push(id === rec.policy.id ? rec : { ...rec, policy: { ...rec.policy, id } })
  }
  return { records: out, matches, inSheet }
}
