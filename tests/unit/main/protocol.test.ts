// app:// serves files from the renderer folder and nothing outside it.
import { describe, expect, it, vi } from 'vitest'
import { resolve } from 'node:path'
import { net, protocol } from 'electron'
import { handleAppProtocol, resolveAppPath } from '../../../src/main/protocol'

const root = resolve('/opt/policy-desk/renderer')

describe('resolveAppPath', () => {
  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://policy-desk/index.html')).toBe(resolve(root, 'index.html'))
    expect(resolveAppPath(root, 'app://policy-desk/assets/index-abc.js')).toBe(resolve(root, 'assets/index-abc.js'))
    expect(resolveAppPath(root, 'app://policy-desk/')).toBe(resolve(root, 'index.html'))
  })

  it('refuses traversal, other hosts and other schemes', () => {
    expect(resolveAppPath(root, 'app://policy-desk/../../etc/passwd')).not.toMatch(/etc/)
    expect(resolveAppPath(root, 'app://policy-desk/%2e%2e/%2e%2e/etc/passwd')?.startsWith(root)).toBe(true)
    expect(resolveAppPath(root, 'app://policy-desk/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd')?.startsWith(root)).toBe(true)
    expect(resolveAppPath(root, 'app://other-host/index.html')).toBeNull()
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull()
    expect(resolveAppPath(root, 'app://policy-desk/a%00b.js')).toBeNull()
    expect(resolveAppPath(root, 'app://policy-desk/%E0%A4%A')).toBeNull()
  })
})

describe('the app:// handler', () => {
  it('serves an .mjs module (the PDF.js worker) as JavaScript, with the CSP and nosniff', async () => {
    vi.mocked(net.fetch).mockImplementation(async () => new Response('export {}', { headers: { 'content-type': 'application/octet-stream' } }))
    handleAppProtocol(root)
    const handler = vi.mocked(protocol.handle).mock.calls.at(-1)![1] as (r: Request) => Promise<Response>
    const res = await handler(new Request('app://policy-desk/assets/pdf.worker.min-abc.mjs'))
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain("worker-src 'self'")
    const js = await handler(new Request('app://policy-desk/assets/index-abc.js'))
    expect(js.headers.get('content-type')).toBe('application/octet-stream') // left as the file system says
  })
})
