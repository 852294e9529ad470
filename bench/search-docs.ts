// The documents the app's search indexes at scale, from generated policies and notes: the same
// mapping the desk worker uses (src/shared/search/docs.ts). Shared by the bench page and
// bench/search-node.ts.
import type { Policy } from '../src/shared/model/records'
import type { Note } from '../src/shared/model/user-data'
import { noteDoc, policyDoc } from '../src/shared/search/docs'
import type { SearchDoc } from '../src/shared/search/types'

export function searchDocs(policies: Policy[], notes: Note[]): SearchDoc[] {
  return [...policies.map(policyDoc), ...notes.map(noteDoc)]
}

/** All of a document's text in one string (for engines without fields). */
export const flatText = (d: SearchDoc): string => [d.title, ...(d.aliases ?? []), d.docNumber ?? '', d.body ?? ''].join('\n')
