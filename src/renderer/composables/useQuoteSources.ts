// Notes that can go into a briefing as a quoted passage: notes with a quoted policy passage
// first (the passage is quoted, the note's own text follows), then plain notes on policies.
import { shallowRef } from 'vue'
import type { QuoteBlockAttrs } from '@shared/briefing/doc-model'
import { getDb } from '../data/db'
import { listAllNotes } from '../data/repositories/notes'

export interface QuoteSource {
  id: string
  attrs: QuoteBlockAttrs
  /** the note's own words, shown in the picker */
  note: string
  updatedAt: number
}

export function useQuoteSources() {
  const sources = shallowRef<QuoteSource[]>([])
  async function load(): Promise<void> {
    const db = getDb()
    const notes = (await listAllNotes(db)).filter((n) => n.targetKind === 'policies' && (n.quote || n.body.trim()))
    const policies = await db.policies.bulkGet([...new Set(notes.map((n) => n.targetId))])
    const titles = new Map(policies.filter((p) => p !== undefined).map((p) => [p.id, p.title]))
    sources.value = notes
      .map((n) => ({
        id: n.id,
        note: n.body,
        updatedAt: n.updatedAt,
        attrs: {
          source: n.quote ? 'policy' : 'note',
          policyId: n.targetId,
          noteId: n.id,
          policyTitle: titles.get(n.targetId) ?? n.targetId,
          text: n.quote ? n.quote.exact : n.body.trim(),
        } satisfies QuoteBlockAttrs,
      }))
      .sort((a, b) => Number(b.attrs.source === 'policy') - Number(a.attrs.source === 'policy') || b.updatedAt - a.updatedAt)
  }
  return { sources, load }
}
