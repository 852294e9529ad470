// Serves the browser build (dist-web) on http://127.0.0.1:4173 with the app's CSP (the browser
// build's: it may connect to http(s) servers, to read subscription feeds).
// Used by `npm run web`, the end-to-end tests and the benchmarks.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
}
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' http: https:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/**
 * Sends one file of a build (a directory's index.html), revalidated on every load (no-cache)
 * against an ETag, as a static web server does: an unchanged script is then not fetched again
 * and Chromium reuses its compiled code. Throws when the file is missing.
 */
export async function sendFile(req, res, file, csp = CSP) {
  if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html')
  const info = await stat(file)
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`
  const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache', ETag: etag }
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers)
    res.end()
    return
  }
  const body = await readFile(file)
  res.writeHead(200, headers)
  res.end(body)
}

export function startServer({ root = resolve(fileURLToPath(import.meta.url), '../../dist-web'), port = 4173, host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      const file = resolve(root, '.' + normalize('/' + path))
      if (!file.startsWith(root)) throw new Error('outside root')
      await sendFile(req, res, file)
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' })
      res.end('Not found')
    }
  })
  return new Promise((ok) => server.listen(port, host, () => ok(server)))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173)
  await startServer({ port })
  console.log(`Policy Desk (browser build) on http://127.0.0.1:${port}`)
}
