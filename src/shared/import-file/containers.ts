// gzip and zip containers of import files, opened with limits against zip bombs: the data is
// inflated in small steps and abandoned as soon as it passes the size or ratio cap, so a
// few kilobytes that would inflate to gigabytes never reach memory.
import { Gunzip, Unzip, UnzipInflate } from 'fflate'
import { ImportFileError } from './errors'

export type Container = 'gzip' | 'zip'

export interface ContainerLimits {
  /** the most bytes the content may inflate to */
  maxUncompressed: number
  /** output / compressed input read so far, checked once the output passes `ratioFrom` bytes */
  maxRatio: number
  ratioFrom: number
  /** the most entries a zip may list */
  maxEntries: number
}

export const DEFAULT_LIMITS: ContainerLimits = {
  maxUncompressed: 200 * 1024 * 1024,
  maxRatio: 300,
  ratioFrom: 16 * 1024 * 1024,
  maxEntries: 100,
}

/** Compressed bytes handed to the inflater per step: each step inflates to at most ~1 MB. */
const STEP = 1024
const MB = 1024 * 1024
const ARCHIVE_NAME = /\.(zip|gz|tgz|tar|7z|rar|bz2|xz|xlsx|xls|docx)$/i

export function sniffContainer(bytes: Uint8Array): Container | null {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip'
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip'
  return null
}

const fail = (message: string): ImportFileError => new ImportFileError('failed', message)

/** Collects inflated chunks and stops the moment a limit is passed. */
class Sink {
  private chunks: Uint8Array[] = []
  total = 0
  /** compressed bytes handed to the inflater so far */
  consumed = 0
  constructor(private readonly limits: ContainerLimits) {}
  add(chunk: Uint8Array): void {
    this.total += chunk.length
    const { maxUncompressed, maxRatio, ratioFrom } = this.limits
    if (this.total > maxUncompressed) {
      throw new ImportFileError('too_large', `解压后过大 / decompressed content too large: over ${(maxUncompressed / MB).toFixed(0)} MB`)
    }
    if (this.total > ratioFrom && this.total / Math.max(1, this.consumed) > maxRatio) {
      throw new ImportFileError('too_large', `压缩比异常（疑似压缩炸弹）/ compression ratio over ${maxRatio}:1, refused as a possible zip bomb`)
    }
    this.chunks.push(chunk)
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.total)
    let at = 0
    for (const c of this.chunks) {
      out.set(c, at)
      at += c.length
    }
    this.chunks = []
    return out
  }
}

function refuseNested(data: Uint8Array): Uint8Array {
  if (sniffContainer(data)) throw fail('压缩包内不能再嵌套压缩包 / nested archives are not accepted')
  return data
}

function feed(bytes: Uint8Array, sink: Sink, push: (chunk: Uint8Array, final: boolean) => void, what: string): void {
  try {
    for (let at = 0; at < bytes.length; at += STEP) {
      sink.consumed = Math.min(bytes.length, at + STEP)
      push(bytes.subarray(at, at + STEP), at + STEP >= bytes.length)
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err
    throw fail(`${what} 数据损坏 / corrupt ${what} data: ${err instanceof Error ? err.message : String(err)}`)
  }
}

export function gunzipLimited(bytes: Uint8Array, limits: ContainerLimits = DEFAULT_LIMITS): Uint8Array {
  const sink = new Sink(limits)
  let ended = false
  const gz = new Gunzip((chunk, final) => {
    sink.add(chunk)
    if (final) ended = true
  })
  feed(bytes, sink, (c, final) => gz.push(c, final), 'gzip')
  if (!ended) throw fail('gzip 数据不完整 / truncated gzip data')
  return refuseNested(sink.bytes())
}

/** Why a zip entry name is refused, or null when it is a plain relative name. */
export function unsafeEntryName(name: string): string | null {
  // A NUL in a name is exactly the trick this check exists for.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000]/.test(name) || name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..')) {
    return `压缩包条目路径不安全 / unsafe path in zip entry: ${JSON.stringify(name)}`
  }
  if (ARCHIVE_NAME.test(name)) return `压缩包内不能再嵌套压缩包 / nested archive in zip: ${name}`
  return null
}

/** Opens a zip and returns its one `.json` entry (macOS `__MACOSX/` and `._` files ignored). */
export function unzipSingleJson(bytes: Uint8Array, limits: ContainerLimits = DEFAULT_LIMITS): { name: string; data: Uint8Array } {
  const sink = new Sink(limits)
  let entries = 0
  let chosen: string | null = null
  let ended = false
  const uz = new Unzip()
  uz.register(UnzipInflate)
  uz.onfile = (file) => {
    entries++
    if (entries > limits.maxEntries) throw fail(`压缩包条目过多 / too many entries in zip (over ${limits.maxEntries})`)
    const unsafe = unsafeEntryName(file.name)
    if (unsafe) throw fail(unsafe)
    const base = file.name.slice(file.name.lastIndexOf('/') + 1)
    if (file.name.endsWith('/') || file.name.startsWith('__MACOSX/') || base.startsWith('._')) return
    if (!/\.json$/i.test(base)) return
    if (chosen !== null) throw fail(`压缩包里有多个 .json 文件 / the zip holds several .json files: ${chosen}, ${file.name}`)
    chosen = file.name
    file.ondata = (err, chunk, final) => {
      if (err) throw fail(`zip 条目损坏 / corrupt zip entry ${file.name}: ${err.message}`)
      sink.add(chunk)
      if (final) ended = true
    }
    file.start()
  }
  feed(bytes, sink, (c, final) => uz.push(c, final), 'zip')
  if (chosen === null) throw fail('压缩包里没有 .json 文件 / the zip holds no .json file')
  if (!ended) throw fail(`zip 条目不完整 / truncated zip entry: ${chosen}`)
  return { name: chosen, data: refuseNested(sink.bytes()) }
}
