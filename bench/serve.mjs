// Serves the app (dist-web) at / and the benchmark pages (dist-bench) at /bench/ on ONE origin,
// so bench pages and the app share IndexedDB. Same headers (CSP included) as scripts/serve-web.mjs.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml' }
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export function startBenchServer({ web = resolve(here, '../dist-web'), bench = resolve(here, '../dist-bench'), port = 0 } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const path = normalize('/' + decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
      const [root, rest] = path.startsWith('/bench/') ? [bench, path.slice(6)] : [web, path]
      let file = resolve(root, '.' + rest)
      if (!file.startsWith(root)) throw new Error('outside root')
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html')
      // Revalidated on every load (no-cache) against an ETag, as a static web server does: an
      // unchanged script is then not fetched again and Chromium reuses its compiled code.
      const info = await stat(file)
      const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP, 'Cache-Control': 'no-cache', ETag: etag }
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers)
        res.end()
        return
      }
      const body = await readFile(file)
      res.writeHead(200, headers)
      res.end(body)
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' })
      res.end('Not found')
    }
  })
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)))
}
