// The documents the app's search indexes at scale, from generated policies and notes: mirrors
// rebuild() in src/renderer/stores/search.ts. Shared by the bench page and bench/search-node.ts.
import type { Policy } from '../src/shared/model/records'
import type { Note } from '../src/shared/model/user-data'
import type { SearchDoc } from '../src/shared/search/types'

export function searchDocs(policies: Policy[], notes: Note[]): SearchDoc[] {
  const titleOf = new Map(policies.map((p) => [p.id, p.title]))
  return [
    ...policies.map((p): SearchDoc => ({
      kind: 'policies', id: p.id, title: p.title, aliases: p.aliases, docNumber: p.docNumber,
      body: [p.summary, ...p.keyMeasures, p.regionName, ...p.issuers, p.fullText ?? ''].join('\n'),
    })),
    ...notes.map((n): SearchDoc => ({ kind: 'notes', id: n.id, title: titleOf.get(n.targetId) ?? n.targetId, body: n.body })),
  ]
}

/** All of a document's text in one string (for engines without fields). */
export const flatText = (d: SearchDoc): string => [d.title, ...(d.aliases ?? []), d.docNumber ?? '', d.body ?? ''].join('\n')
