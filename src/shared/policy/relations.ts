// Relations between policies in both directions: a record stores what it implements,
// supersedes, amends, supports or cites; the reverse side is computed, never stored twice.
import type { Policy, Relation } from '../model/records'

export type Direction = 'out' | 'in'
export interface RelationView {
  type: Relation['type']
  direction: Direction
  otherId: string
}

/** Every relation touching `id`, outgoing from its own record and incoming from others. */
export function relationsOf(id: string, policies: readonly Pick<Policy, 'id' | 'relations'>[]): RelationView[] {
  const out: RelationView[] = []
  for (const p of policies) {
    for (const r of p.relations) {
      if (p.id === id) out.push({ type: r.type, direction: 'out', otherId: r.targetId })
      else if (r.targetId === id) out.push({ type: r.type, direction: 'in', otherId: p.id })
    }
  }
  return out
}
