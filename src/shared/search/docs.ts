// What of each record the search index sees: one SearchDoc per policy, vendor, model, chip,
// training corpus, note and briefing. The desk worker and the benchmarks both build their index from these.
import type { Chip, Dataset, Model, Policy, Vendor } from '../model/records'
import type { Briefing, Note } from '../model/user-data'
import { docPlainText } from './doc-text'
import type { SearchDoc } from './index'

export function policyDoc(p: Policy): SearchDoc {
  return {
    kind: 'policies',
    id: p.id,
    title: p.title,
    aliases: p.aliases,
    docNumber: p.docNumber,
    body: [p.summary, ...p.keyMeasures, p.regionName, ...p.issuers, p.fullText ?? ''].join('\n'),
  }
}
export const vendorDoc = (v: Vendor): SearchDoc => ({ kind: 'vendors', id: v.id, title: v.name, aliases: v.aliases, body: v.summary })
export const modelDoc = (m: Model): SearchDoc => ({ kind: 'models', id: m.id, title: m.name, aliases: m.aliases, body: m.summary })
/** A chip is found by its name, its maker and what the report says of it. */
export const chipDoc = (c: Chip): SearchDoc => ({ kind: 'chips', id: c.id, title: c.name, aliases: [], body: [c.maker, c.processNode ?? '', c.summary].join('\n') })
export const datasetDoc = (d: Dataset): SearchDoc => ({ kind: 'datasets', id: d.id, title: d.name, aliases: [], body: [d.publisher ?? '', d.language ?? '', d.summary].join('\n') })
/** A note is found by its own words and tags; the record it hangs on is shown beside it. */
export const noteDoc = (n: Note): SearchDoc => ({ kind: 'notes', id: n.id, title: '', aliases: n.tags, body: n.body })
export const briefingDoc = (b: Briefing): SearchDoc => ({ kind: 'briefings', id: b.id, title: b.title, body: docPlainText(b.doc) })
