// Where a feed lives and where its bundles are: an http(s) index URL (entries relative to it
// or absolute http(s)), or a folder on this machine or a shared drive (entries are plain file
// names inside that folder: no `..`, no separators, no absolute paths).

export type FeedAddress = { kind: 'web'; url: string } | { kind: 'folder'; path: string }
export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string }

const WINDOWS_ABSOLUTE = /^(?:[a-zA-Z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+)/

function isHttp(u: URL): boolean {
  return u.protocol === 'http:' || u.protocol === 'https:'
}

/** Classifies what the user typed: an http(s) URL or an absolute folder path; anything else is refused. */
export function parseFeedAddress(input: string): Resolved<FeedAddress> {
  const s = input.trim()
  if (!s) return { ok: false, message: '地址不能为空 / the address must not be empty' }
  if (s.length > 2000) return { ok: false, message: '地址过长 / the address is too long (max 2000)' }
  // eslint-disable-next-line no-control-regex -- control characters never belong in an address
  if (/[\u0000-\u001f]/.test(s)) return { ok: false, message: '地址含控制字符 / the address contains control characters' }
  if (s.startsWith('/') || WINDOWS_ABSOLUTE.test(s)) {
    if (s.split(/[\\/]/).includes('..')) return { ok: false, message: '路径不能含 .. / the path must not contain ..' }
    return { ok: true, value: { kind: 'folder', path: s } }
  }
  let url: URL
  try {
    url = new URL(s)
  } catch {
    return { ok: false, message: '须为 http(s) 网址或绝对文件夹路径 / must be an http(s) URL or an absolute folder path' }
  }
  if (!isHttp(url)) return { ok: false, message: `不支持的协议 / unsupported scheme: ${url.protocol} (only http, https)` }
  if (url.username || url.password) return { ok: false, message: '网址不能含用户名或密码 / the URL must not contain credentials' }
  return { ok: true, value: { kind: 'web', url: url.href } }
}

/** A web feed's entry: relative to the index URL, or absolute; only http(s) comes out. */
export function resolveWebEntry(indexUrl: string, entry: string): Resolved<string> {
  let url: URL
  try {
    url = new URL(entry, indexUrl)
  } catch {
    return { ok: false, message: `无效的网址 / invalid URL: ${entry}` }
  }
  if (!isHttp(url)) return { ok: false, message: `不支持的协议 / unsupported scheme: ${url.protocol} (only http, https)` }
  if (url.username || url.password) return { ok: false, message: '网址不能含用户名或密码 / the URL must not contain credentials' }
  return { ok: true, value: url.href }
}

/** A folder feed's entry: a plain file name inside the feed's folder. */
export function checkFolderEntry(entry: string): Resolved<string> {
  const bad = (why: string): Resolved<string> => ({ ok: false, message: `${why}: ${entry}` })
  if (entry === '.' || entry === '..' || entry.includes('..')) return bad('不能含 .. / must not contain ..')
  if (/[\\/:]/.test(entry)) return bad('须为文件夹内的文件名 / must be a file name inside the folder (no path, no drive)')
  // eslint-disable-next-line no-control-regex -- control characters never belong in a file name
  if (/[\u0000-\u001f]/.test(entry) || !entry.trim()) return bad('无效的文件名 / invalid file name')
  return { ok: true, value: entry }
}

/** The file types an inbox folder offers (bundles, plain or compressed). */
export function isBundleFileName(name: string): boolean {
  const n = name.toLowerCase()
  if (n.startsWith('.')) return false
  return n.endsWith('.json') || n.endsWith('.json.gz') || n.endsWith('.gz') || n.endsWith('.zip')
}
