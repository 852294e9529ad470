// Images for DOCX: decode a data: URL (PNG, JPEG, GIF only), read its pixel size from the file
// header, and fit it into the text block. Pure bytes, so it runs in Node and in the browser.

export type RasterType = 'png' | 'jpg' | 'gif'

export interface RasterImage {
  type: RasterType
  data: Uint8Array
  width: number
  height: number
}

const MIME: Record<string, RasterType> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/jpg': 'jpg', 'image/gif': 'gif' }

function base64ToBytes(b64: string): Uint8Array | null {
  try {
    const bin = atob(b64.replace(/\s+/g, ''))
    const out = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
    return out
  } catch {
    return null
  }
}

/** The image of a data: URL, or null when it is not a base64 PNG/JPEG/GIF we can size. */
export function decodeDataUrl(src: string): RasterImage | null {
  const m = /^data:([a-z/+.-]+);base64,(.*)$/is.exec(src)
  if (!m) return null
  const declared = MIME[m[1]!.toLowerCase()]
  const data = base64ToBytes(m[2]!)
  if (!declared || !data) return null
  const size = imageSize(data)
  // The bytes decide the format, not the declared type: a mislabelled file still embeds correctly.
  return size ? { type: size.type, data, width: size.width, height: size.height } : null
}

/** Pixel size and format from the header of a PNG, GIF or JPEG file. */
export function imageSize(b: Uint8Array): { type: RasterType; width: number; height: number } | null {
  const u32 = (i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0
  const u16 = (i: number) => (b[i]! << 8) | b[i + 1]!
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    return ok('png', u32(16), u32(20))
  }
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) {
    return ok('gif', b[6]! | (b[7]! << 8), b[8]! | (b[9]! << 8))
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    // Walk the JPEG segments to the first start-of-frame marker (SOF0–SOF15 but DHT, JPG, DAC).
    let i = 2
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) return null
      const marker = b[i + 1]!
      if (marker === 0xff) {
        i++
        continue
      }
      const len = u16(i + 2)
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return ok('jpg', u16(i + 7), u16(i + 5))
      }
      i += 2 + len
    }
  }
  return null
}

function ok(type: RasterType, width: number, height: number) {
  return width > 0 && height > 0 ? { type, width, height } : null
}

/** Display size in CSS pixels: never enlarged, scaled down to fit the box, aspect kept. */
export function fitInto(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width, maxHeight / height)
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** Width and height of an SVG from its attributes or viewBox (defaults 4:3). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? ''
  const attr = (name: string) => {
    const v = new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(open)?.[1]
    return v && /^\s*[\d.]+(px)?\s*$/.test(v) ? parseFloat(v) : null
  }
  const w = attr('width')
  const h = attr('height')
  if (w && h) return { width: w, height: h }
  const vb = /\sviewBox\s*=\s*["']([^"']+)["']/i.exec(open)?.[1]?.trim().split(/[\s,]+/).map(Number)
  if (vb && vb.length === 4 && vb[2]! > 0 && vb[3]! > 0) return { width: vb[2]!, height: vb[3]! }
  return { width: 800, height: 600 }
}
