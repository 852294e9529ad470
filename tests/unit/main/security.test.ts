// What the app denies: navigation away, popups, webviews, permissions, unsafe external links;
// and the window's secure options.
import { describe, expect, it, vi } from 'vitest'
import { FakeWebContents, shell } from '../../mocks/electron'
import { GRANTED_PERMISSIONS, hardenSession, hardenWebContents, isAppUrl, isSafeExternalUrl } from '../../../src/main/security'
import { createMainWindow } from '../../../src/main/window'
import type { Session, WebContents } from 'electron'

const origins = ['app://policy-desk']

describe('external links', () => {
  it.each([
    ['https://www.gov.cn/zhengce/', true],
    ['http://example.org/a?b=1', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://policy-desk/index.html', false],
    ['https://user:pw@example.org/', false],
    ['not a url', false],
  ])('%s → %s', (url, safe) => expect(isSafeExternalUrl(url)).toBe(safe))
})

describe('hardenWebContents', () => {
  it('blocks navigation and redirects that leave the app origin', () => {
    const wc = new FakeWebContents()
    hardenWebContents(wc as unknown as WebContents, origins)
    const away = { preventDefault: vi.fn() }
    wc.emit('will-navigate', away, 'https://evil.example/')
    expect(away.preventDefault).toHaveBeenCalled()
    const redirect = { preventDefault: vi.fn() }
    wc.emit('will-redirect', redirect, 'file:///etc/passwd')
    expect(redirect.preventDefault).toHaveBeenCalled()
    const inside = { preventDefault: vi.fn() }
    wc.emit('will-navigate', inside, 'app://policy-desk/index.html#/timeline')
    expect(inside.preventDefault).not.toHaveBeenCalled()
    const webview = { preventDefault: vi.fn() }
    wc.emit('will-attach-webview', webview)
    expect(webview.preventDefault).toHaveBeenCalled()
  })

  it('denies every window.open and hands only safe links to the system browser', async () => {
    const wc = new FakeWebContents()
    hardenWebContents(wc as unknown as WebContents, origins)
    shell.openExternal.mockClear()
    expect(wc.windowOpenHandler!({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' })
    expect(wc.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    await new Promise((r) => setTimeout(r, 0))
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.gov.cn/')
  })
})

describe('permissions', () => {
  it('grants persistent storage only', () => {
    let request: (wc: unknown, p: string, cb: (ok: boolean) => void) => void = () => undefined
    let check: (wc: unknown, p: string) => boolean = () => true
    const session = {
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
    }
    hardenSession(session as unknown as Session)
    const answers: Record<string, boolean> = {}
    for (const p of ['persistent-storage', 'media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      request(null, p, (ok) => (answers[p] = ok))
    }
    expect(answers).toEqual({ 'persistent-storage': true, media: false, geolocation: false, notifications: false, 'clipboard-read': false, openExternal: false })
    expect(check(null, 'media')).toBe(false)
    expect([...GRANTED_PERMISSIONS]).toEqual(['persistent-storage'])
  })
})

describe('secure window options', () => {
  it('keeps isolation, sandbox and web security on', () => {
    const win = createMainWindow('app://policy-desk/index.html') as unknown as { options: { webPreferences: unknown } }
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: expect.stringMatching(/preload[\\/]index\.js$/),
    })
  })
})

describe('isAppUrl', () => {
  it('recognises the custom app:// origin, which Node reports as "null"', () => {
    expect(isAppUrl('app://policy-desk/index.html', origins)).toBe(true)
    expect(isAppUrl('app://policy-desk.evil.example/index.html', origins)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', ['http://localhost:5173'])).toBe(true)
    expect(isAppUrl('http://localhost:5174/', ['http://localhost:5173'])).toBe(false)
    expect(isAppUrl('data:text/html,x', origins)).toBe(false)
  })
})
