// The static server of `npm run web` (and of the end-to-end tests) revalidates with an ETag, so
// Chromium can keep unchanged scripts and their compiled code, and sends the app's CSP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
// @ts-expect-error plain ESM script without types
import { startServer } from '../../scripts/serve-web.mjs'

let root = ''
let server: Server
let base = ''
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pd-serve-'))
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>')
  writeFileSync(join(root, 'app.js'), 'console.log(1)')
  server = (await startServer({ root, port: 0, host: '127.0.0.1' })) as Server
  const address = server.address()
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(() => {
  server.close()
  rmSync(root, { recursive: true, force: true })
})

describe('serve-web', () => {
  it('answers 304 for an unchanged file and 200 with a new ETag once it changes', async () => {
    const first = await fetch(`${base}/app.js`)
    const etag = first.headers.get('etag')
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-cache')
    expect(first.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(etag).toMatch(/^".+"$/)
    const again = await fetch(`${base}/app.js`, { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    writeFileSync(join(root, 'app.js'), 'console.log(2)')
    utimesSync(join(root, 'app.js'), new Date(), new Date(Date.now() + 5000))
    const changed = await fetch(`${base}/app.js`, { headers: { 'if-none-match': etag! } })
    expect(changed.status).toBe(200)
    expect(await changed.text()).toBe('console.log(2)')
    expect(changed.headers.get('etag')).not.toBe(etag)
  })
  it('still refuses paths outside its folder', async () => {
    expect((await fetch(`${base}/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404)
  })
})
