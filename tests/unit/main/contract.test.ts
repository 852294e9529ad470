// The desktop API is one contract: every method has a schema, a preload binding and a
// main handler; the preload exposes nothing else.
import { describe, expect, it } from 'vitest'
import { API_ARGS, CHANNELS, splitChannel } from '@shared/ipc/contract'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { registerHandlers } from '../../../src/main/ipc/register'
import { contextBridge, exposed, ipcMain, ipcRenderer } from '../../mocks/electron'

describe('desktop API contract', () => {
  it('gives every channel an argument schema and a group:method name', () => {
    expect(Object.keys(API_ARGS).sort()).toEqual([...CHANNELS].sort())
    for (const c of CHANNELS) expect(splitChannel(c).every((part) => part.length > 0)).toBe(true)
  })

  it('preload exposes exactly one function per channel plus the menu subscription', async () => {
    await import('../../../src/preload/index')
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledWith('api', expect.any(Object))
    const api = exposed['api'] as Record<string, Record<string, (a?: unknown) => Promise<unknown>> | unknown>
    const methods: string[] = []
    for (const [group, value] of Object.entries(api)) {
      if (typeof value === 'function') continue
      for (const m of Object.keys(value as object)) methods.push(`${group}:${m}`)
    }
    expect(methods.sort()).toEqual([...CHANNELS].sort())
    expect(Object.keys(api).filter((k) => typeof api[k] === 'function')).toEqual(['onMenuCommand', 'onSubscriptionOffers'])
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|send|invoke/)
    for (const c of CHANNELS) {
      const [g, m] = splitChannel(c)
      await (api[g] as Record<string, (a?: unknown) => Promise<unknown>>)[m]!({ probe: 1 })
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(c, { probe: 1 })
    }
  })

  it('preload forwards only known menu commands', async () => {
    await import('../../../src/preload/index')
    const api = exposed['api'] as { onMenuCommand: (cb: (c: string) => void) => () => void }
    const seen: string[] = []
    const off = api.onMenuCommand((c) => seen.push(c))
    ipcRenderer.emit('menu:command', 'go:timeline')
    ipcRenderer.emit('menu:command', 'rm -rf /')
    ipcRenderer.emit('menu:command', { evil: true })
    off()
    ipcRenderer.emit('menu:command', 'go:vendors')
    expect(seen).toEqual(['go:timeline'])
  })

  it('preload forwards only subscription states that carry an offers list', async () => {
    await import('../../../src/preload/index')
    const api = exposed['api'] as { onSubscriptionOffers: (cb: (s: unknown) => void) => () => void }
    const seen: unknown[] = []
    const off = api.onSubscriptionOffers((s) => seen.push(s))
    ipcRenderer.emit('subscriptions:offers', { offers: [], feeds: [] })
    ipcRenderer.emit('subscriptions:offers', 'rm -rf /')
    ipcRenderer.emit('subscriptions:offers', { offers: 'nope' })
    off()
    ipcRenderer.emit('subscriptions:offers', { offers: [] })
    expect(seen).toEqual([{ offers: [], feeds: [] }])
  })

  it('main registers a handler for every channel, and each refuses bad arguments', async () => {
    ipcMain.handlers.clear()
    registerHandlers(createHandlers({ setLocale: () => undefined }), () => true)
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
    const event = { sender: {}, senderFrame: { url: 'app://policy-desk/' } }
    for (const c of CHANNELS) {
      const res = (await ipcMain.handlers.get(c)!(event, { unexpected: '<script>' })) as { ok: boolean; error?: { code: string } }
      expect(res.ok, c).toBe(false)
      expect(res.error?.code, c).toBe('bad_args')
    }
  })
})
