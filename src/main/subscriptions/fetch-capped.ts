// Fetching a feed index or a bundle over http(s) in main: a timeout, a size cap read off the
// stream (not trusted from Content-Length), and redirects followed by hand so each hop must be
// http(s) too.
import { resolveWebEntry } from '@shared/subscriptions'
import { UserFacingError } from '../ipc/register'

const MAX_REDIRECTS = 5
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`

async function readCapped(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN)
  const tooLarge = () => new UserFacingError('too_large', `文件过大 / too large: ${url} (> ${mb(maxBytes)})`)
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined)
    throw tooLarge()
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer())
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

export async function fetchCapped(url: string, maxBytes: number, timeoutMs = 15_000): Promise<Uint8Array> {
  const first = resolveWebEntry(url, url)
  if (!first.ok) throw new UserFacingError('bad_args', first.message)
  let current = first.value
  const signal = AbortSignal.timeout(timeoutMs)
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let res: Response
    try {
      res = await fetch(current, { redirect: 'manual', signal, headers: { accept: 'application/json, */*' } })
    } catch (err) {
      const why = signal.aborted ? `超时 / timed out after ${timeoutMs / 1000} s` : (err as Error).message
      throw new UserFacingError('failed', `无法下载 / cannot fetch ${current}: ${why}`)
    }
    const location = res.headers.get('location')
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel().catch(() => undefined)
      const next = resolveWebEntry(current, location)
      if (!next.ok) throw new UserFacingError('failed', `拒绝重定向 / redirect refused (${location}): ${next.message}`)
      current = next.value
      continue
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined)
      throw new UserFacingError('failed', `下载失败 / download failed: HTTP ${res.status} ${current}`)
    }
    return readCapped(res, maxBytes, current)
  }
  throw new UserFacingError('failed', `重定向过多 / too many redirects: ${url}`)
}
