// What a citation prints (re-exported from shared), and the refresh of every
// citation of a briefing from the database (by id, so it works before the lists have loaded).
import type { CitationKind, DocNode } from '@shared/briefing/doc-model'
import { citedRefs, refreshCitations } from '@shared/briefing/citations'
import { policyPrinted, vendorPrinted, type PrintedCitation as Printed } from '@shared/briefing/citation-attrs'
import type { PolicyDeskDb } from '../../data/db'

// The attributes are built in shared code so pure block builders cite the same way.
export { policyCitation, vendorCitation } from '@shared/briefing/citation-attrs'

/**
 * The document with its citations brought up to date from the records, and how many changed
 * or broke. The same document object comes back when nothing changed.
 */
export async function refreshFromDb<D extends object>(db: PolicyDeskDb, stored: D): Promise<{ doc: D; updated: number; broken: number }> {
  const doc = stored as unknown as DocNode
  const refs = citedRefs(doc)
  if (!refs.length) return { doc: stored, updated: 0, broken: 0 }
  const policyIds = refs.filter((r) => r.refKind === 'policy').map((r) => r.refId)
  const vendorIds = refs.filter((r) => r.refKind === 'vendor').map((r) => r.refId)
  const [policies, vendors] = await Promise.all([db.policies.bulkGet(policyIds), db.vendors.bulkGet(vendorIds)])
  const found = new Map<string, Printed>()
  policies.forEach((p) => p && found.set(`policy:${p.id}`, policyPrinted(p)))
  vendors.forEach((v) => v && found.set(`vendor:${v.id}`, vendorPrinted(v)))
  const next = refreshCitations(doc, (kind: CitationKind, id) => found.get(`${kind}:${id}`) ?? null)
  if (next === doc) return { doc: stored, updated: 0, broken: 0 }
  const before = new Map(refsWithState(doc))
  let updated = 0
  let broken = 0
  for (const [key, state] of refsWithState(next)) {
    if (state === before.get(key)) continue
    if (state.endsWith('|broken')) broken++
    else updated++
  }
  return { doc: next as unknown as D, updated, broken }
}

function refsWithState(doc: DocNode): [string, string][] {
  const out: [string, string][] = []
  const visit = (n: DocNode) => {
    if (n.type === 'citation') {
      const a = n.attrs ?? {}
      out.push([`${String(a['refKind'])}:${String(a['refId'])}`, `${JSON.stringify([a['title'], a['docNumber'], a['date'], a['detail']])}|${a['broken'] === true ? 'broken' : 'ok'}`])
    }
    n.content?.forEach(visit)
  }
  visit(doc)
  return [...new Map(out)]
}
