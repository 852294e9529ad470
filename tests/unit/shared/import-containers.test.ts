// Bundles may come gzip- or zip-compressed. Opening them must stay safe whatever the file:
// size and ratio caps that stop inflating early (zip bombs), no nested archives, no path
// tricks in entry names, exactly one .json entry.
import { beforeAll, describe, expect, it } from 'vitest'
import { createDeflateRaw } from 'node:zlib'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { gzipSync, strToU8, zipSync } from 'fflate'
import { openImportFile } from '../../../src/shared/import-file/open'
import { DEFAULT_LIMITS, gunzipLimited, unzipSingleJson } from '../../../src/shared/import-file/containers'

const MB = 1024 * 1024
const json = '{"format":"policy-desk-bundle","标题":"人工智能"}'

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** `mb` megabytes of zeros as raw deflate, compressed natively in a stream (fast, little memory). */
async function deflatedZeros(mb: number): Promise<Uint8Array> {
  const zeros = Buffer.alloc(MB)
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let i = 0; i < mb; i++) yield zeros
  }
  return new Uint8Array(await buffer(Readable.from(chunks()).pipe(createDeflateRaw({ level: 9 }))))
}
/** A gzip member around raw deflate (CRC left 0: the reader must give up long before it checks). */
function asGzip(raw: Uint8Array, mb: number): Uint8Array {
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE((mb * MB) >>> 0, 4)
  return concat([new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), raw, trailer])
}
/** A zip local entry `bundle.json` around raw deflate, sizes declared honestly small: it lies. */
function asZip(raw: Uint8Array): Uint8Array {
  const name = strToU8('bundle.json')
  const h = Buffer.alloc(30)
  h.writeUInt32LE(0x04034b50, 0)
  h.writeUInt16LE(20, 4)
  h.writeUInt16LE(8, 8)
  h.writeUInt32LE(raw.length, 18)
  h.writeUInt32LE(1000, 22)
  h.writeUInt16LE(name.length, 26)
  return concat([h, name, raw])
}

let bomb1g: Uint8Array
let bomb8m: Uint8Array
beforeAll(async () => {
  bomb1g = await deflatedZeros(1024)
  bomb8m = await deflatedZeros(8)
}, 60_000)

describe('gzip and zip bundles', () => {
  it('opens a gzip bundle and a gzip CSV, reporting the container and encoding', async () => {
    const b = await openImportFile('update.json.gz', gzipSync(strToU8(json)), 50 * MB)
    expect(b).toMatchObject({ format: 'bundle', text: json, container: 'gzip', encoding: 'utf-8' })
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('标题\n甲', 'utf16le')])
    const c = await openImportFile('政策.csv.gz', gzipSync(utf16), 50 * MB)
    expect(c).toMatchObject({ format: 'csv', text: '标题\n甲', container: 'gzip', encoding: 'utf-16le' })
  })

  it('takes the single .json entry of a zip, ignoring other files and macOS extras', async () => {
    const zip = zipSync({ 'README.txt': strToU8('说明'), 'data/bundle.json': strToU8(json), '__MACOSX/data/._bundle.json': strToU8('x') })
    expect(await openImportFile('update.zip', zip, 50 * MB)).toMatchObject({ format: 'bundle', text: json, container: 'zip' })
  })

  it('reads a stored (uncompressed) zip entry, and names an unsupported compression method', async () => {
    const stored = zipSync({ 'b.json': [strToU8(json), { level: 0 }] })
    expect(await openImportFile('u.zip', stored, 50 * MB)).toMatchObject({ text: json, container: 'zip' })
    const odd = new Uint8Array(stored)
    odd[8] = 12 // the local header's method: bzip2
    await expect(openImportFile('u.zip', odd, 50 * MB)).rejects.toThrow(/corrupt zip entry b\.json/)
  })

  it('refuses a zip with no .json, several, unsafe names, nested archives or too many entries', async () => {
    const open = (files: Record<string, Uint8Array>) => openImportFile('u.zip', zipSync(files), 50 * MB)
    await expect(open({ 'a.txt': strToU8('x') })).rejects.toThrow(/no \.json file/)
    await expect(open({ 'a.json': strToU8('{}'), 'b.json': strToU8('{}') })).rejects.toThrow(/several \.json files: a\.json, b\.json/)
    await expect(open({ '../evil.json': strToU8('{}') })).rejects.toThrow(/unsafe path in zip entry: "\.\.\/evil\.json"/)
    await expect(open({ 'C:/evil.json': strToU8('{}') })).rejects.toThrow(/unsafe path/)
    await expect(open({ 'inner.zip': zipSync({ 'a.json': strToU8('{}') }) })).rejects.toThrow(/nested archive in zip: inner\.zip/)
    await expect(open({ 'a.json': gzipSync(strToU8('{}')) })).rejects.toThrow(/nested archives are not accepted/)
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`n${i}.txt`, strToU8('x')]))
    await expect(open(many)).rejects.toThrow(/too many entries in zip \(over 100\)/)
  })

  it('refuses corrupt and truncated archives with a message', async () => {
    const gz = gzipSync(strToU8(json.repeat(50)))
    await expect(openImportFile('a.json.gz', gz.subarray(0, gz.length - 30), 50 * MB)).rejects.toThrow(/gzip/)
    const zip = zipSync({ 'a.json': strToU8(json.repeat(50)) })
    await expect(openImportFile('a.zip', zip.subarray(0, 60), 50 * MB)).rejects.toThrow(/zip/)
  })

  it('stops inflating a gzip bomb (1 GB of zeros in 1 MB) at the ratio cap, with little memory', async () => {
    const bomb = asGzip(bomb1g, 1024)
    expect(bomb.length).toBeLessThan(1.1 * MB)
    const before = process.memoryUsage().arrayBuffers
    await expect(openImportFile('bomb.json.gz', bomb, 50 * MB)).rejects.toThrow(/compression ratio over 300:1, refused as a possible zip bomb/)
    // Inflating it all would have allocated a gigabyte; the reader stops after the 16 MB grace.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MB)
  })

  it('stops inflating a zip bomb the same way, whatever sizes its header declares', async () => {
    const before = process.memoryUsage().arrayBuffers
    await expect(openImportFile('bomb.zip', asZip(bomb1g), 50 * MB)).rejects.toThrow(/possible zip bomb/)
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * MB)
  })

  it('refuses content over the total size cap even at a plausible ratio', () => {
    const limits = { ...DEFAULT_LIMITS, maxUncompressed: 4 * MB, maxRatio: Infinity }
    expect(() => gunzipLimited(asGzip(bomb8m, 8), limits)).toThrow(/decompressed content too large: over 4 MB/)
    expect(() => unzipSingleJson(asZip(bomb8m), limits)).toThrow(/decompressed content too large/)
    expect(gunzipLimited(gzipSync(new Uint8Array(3 * MB)), limits).length).toBe(3 * MB)
  })

  it('reads an .xlsx as bytes without unzipping it', async () => {
    const xlsx = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })
    expect(await openImportFile('表.xlsx', xlsx, 50 * MB)).toMatchObject({ format: 'xlsx', bytes: xlsx, container: null, encoding: null })
  })
})
