// Unsigned LEB128 varints (seven bits a byte, low bits first, high bit set when more bytes
// follow) into growable byte buffers: the unit the compact index's postings are written in.

/** A byte buffer that grows by doubling; `bytes.subarray(0, length)` is what was written. */
export class ByteWriter {
  bytes: Uint8Array
  length = 0

  constructor(initial = 16) {
    this.bytes = new Uint8Array(initial)
  }

  writeVarint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint out of range: ${value}`)
    if (this.length + 10 > this.bytes.length) this.grow(this.length + 10)
    let v = value
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80
      v = Math.floor(v / 0x80)
    }
    this.bytes[this.length++] = v
  }

  private grow(min: number): void {
    const next = new Uint8Array(Math.max(min, this.bytes.length * 2))
    next.set(this.bytes.subarray(0, this.length))
    this.bytes = next
  }
}

/** The varint at `pos` and the position after it. */
export function readVarint(bytes: Uint8Array, pos: number): [value: number, next: number] {
  let value = 0
  let scale = 1
  let b: number
  do {
    b = bytes[pos++]!
    value += (b & 0x7f) * scale
    scale *= 0x80
  } while (b & 0x80)
  return [value, pos]
}
