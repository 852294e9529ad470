// How chips relate: the chain of successors both ways, and the vendor case file a chip's maker
// (or a corpus's publisher) names. Pure, so the case file and its tests agree.
import type { Chip, Vendor } from '../model/records'

/** The chips that name `id` among their successors (思元 370 ← 思元 290). */
export function predecessorsOf(id: string, chips: readonly Chip[]): Chip[] {
  return chips.filter((c) => c.successorIds.includes(id))
}

/** A chip's successors in its own order; an id with no chip any more is kept as `{ id }`. */
export function successorsOf(chip: Chip, chips: readonly Chip[]): { id: string; chip?: Chip }[] {
  const byId = new Map(chips.map((c) => [c.id, c]))
  return chip.successorIds.map((id) => ({ id, chip: byId.get(id) }))
}

const norm = (s: string) => s.trim().toLowerCase()

/** The vendor whose name or an alias is exactly `name` (英伟达 → ven-nvidia; 华为 is not 华为海思). */
export function vendorNamed(name: string | null, vendors: readonly Vendor[]): Vendor | undefined {
  if (!name?.trim()) return undefined
  const n = norm(name)
  return vendors.find((v) => norm(v.name) === n) ?? vendors.find((v) => v.aliases.some((a) => norm(a) === n))
}

/**
 * The chain a successor list would make, when it leads back to `id`: the names along the way
 * (e.g. ['思元 290', '思元 370', '思元 290']); null when there is no cycle.
 */
export function successorCycle(self: { id: string; name: string }, successorIds: readonly string[], chips: readonly Chip[]): string[] | null {
  const id = self.id
  const next = new Map(chips.map((c) => [c.id, c.successorIds]))
  next.set(id, [...successorIds])
  const name = (x: string) => (x === id ? self.name.trim() || id : chips.find((c) => c.id === x)?.name ?? x)
  const seen = new Set<string>()
  const walk = (at: string, path: string[]): string[] | null => {
    for (const s of next.get(at) ?? []) {
      if (s === id) return [...path, s]
      if (seen.has(s)) continue
      seen.add(s)
      const found = walk(s, [...path, s])
      if (found) return found
    }
    return null
  }
  const found = walk(id, [id])
  return found ? found.map(name) : null
}
