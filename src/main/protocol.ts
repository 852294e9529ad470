// The app:// scheme the packaged app loads from. Fixed from the first release: the IndexedDB
// origin (app://policy-desk) must never change, or users lose their data.
import { net, protocol } from 'electron'
import { extname, normalize, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { contentSecurityPolicy } from '../../build/csp'

export const APP_SCHEME = 'app'
export const APP_HOST = 'policy-desk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** Must run before app is ready: a standard, secure scheme gets IndexedDB and fetch. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // codeCache: V8 keeps the compiled scripts between starts (it needs `standard` too), so
      // later starts skip compiling the start-up chunk.
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ])
}

/** Maps an app:// URL to a file inside rootDir, or null when it would leave it. */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const root = resolve(rootDir)
  const target = resolve(root, '.' + normalize('/' + pathname))
  const rel = relative(root, target)
  if (rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(root, rel) !== target) return null
  return rel === '' || extname(target) === '' ? resolve(root, 'index.html') : target
}

export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(rootDir, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    const res = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(res.headers)
    headers.set('Content-Security-Policy', contentSecurityPolicy(false))
    headers.set('X-Content-Type-Options', 'nosniff')
    // the PDF.js worker is an .mjs module: with nosniff it must be served as JavaScript
    if (extname(file) === '.mjs') headers.set('Content-Type', 'text/javascript; charset=utf-8')
    return new Response(res.body, { status: res.status, headers })
  })
}
