// Finds a document's number by kind and id without a Map of 150k key strings (~20 MB): an
// open-addressing hash table of doc numbers (~1 MB) that compares ids in place in the
// snapshot's joined id string.

export class IdTable {
  private readonly slots: Int32Array
  private readonly mask: number

  constructor(
    private readonly kinds: Uint8Array,
    private readonly ids: string,
    private readonly idEnds: Uint32Array,
  ) {
    let size = 16
    while (size < kinds.length * 2) size *= 2
    this.slots = new Int32Array(size).fill(-1)
    this.mask = size - 1
    for (let d = 0; d < kinds.length; d++) {
      const from = d === 0 ? 0 : idEnds[d - 1]!
      // A later copy of the same (kind, id) takes the earlier one's slot.
      let slot = this.hash(kinds[d]!, ids, from, idEnds[d]!) & this.mask
      while (this.slots[slot] !== -1 && !this.matches(this.slots[slot]!, kinds[d]!, ids, from, idEnds[d]!)) slot = (slot + 1) & this.mask
      this.slots[slot] = d
    }
  }

  /** The doc number of (kind code, id), or -1. */
  find(kind: number, id: string): number {
    let slot = this.hash(kind, id, 0, id.length) & this.mask
    for (let d = this.slots[slot]!; d !== -1; d = this.slots[slot]!) {
      if (this.matches(d, kind, id, 0, id.length)) return d
      slot = (slot + 1) & this.mask
    }
    return -1
  }

  /** FNV-1a over the kind code and the id's UTF-16 units. */
  private hash(kind: number, s: string, from: number, to: number): number {
    let h = Math.imul(0x811c9dc5 ^ kind, 0x01000193)
    for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
    return h >>> 0
  }

  /** Whether doc d is (kind, s[from, to)). */
  private matches(d: number, kind: number, s: string, from: number, to: number): boolean {
    const start = d === 0 ? 0 : this.idEnds[d - 1]!
    if (this.kinds[d] !== kind || this.idEnds[d]! - start !== to - from) return false
    for (let i = 0; i < to - from; i++) if (this.ids.charCodeAt(start + i) !== s.charCodeAt(from + i)) return false
    return true
  }
}
