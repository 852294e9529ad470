// Serves the app (dist-web) at / and the benchmark pages (dist-bench) at /bench/ on ONE origin,
// so bench pages and the app share IndexedDB. Same headers as scripts/serve-web.mjs (its sendFile),
// with a CSP that allows no outside connections.
import { createServer } from 'node:http'
import { normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { sendFile } from '../scripts/serve-web.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

export function startBenchServer({ web = resolve(here, '../dist-web'), bench = resolve(here, '../dist-bench'), port = 0 } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const path = normalize('/' + decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
      const [root, rest] = path.startsWith('/bench/') ? [bench, path.slice(6)] : [web, path]
      const file = resolve(root, '.' + rest)
      if (!file.startsWith(root)) throw new Error('outside root')
      await sendFile(req, res, file, CSP)
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' })
      res.end('Not found')
    }
  })
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)))
}
