// The browser build keeps the user's trusted keys in localStorage with the same rules as main:
// validated arguments, duplicates and built-in removals refused, a corrupt entry read as none.
import { beforeEach, describe, expect, it } from 'vitest'
import { createBrowserKeys, browserTrustedKeys } from '../../../src/renderer/platform/browser-keys'
import { generateKeyPair } from '../../../src/shared/bundle/signature'
import { BUILT_IN_KEYS } from '../../../src/shared/bundle/trusted-keys'
import { argsProblemOf } from '../../../src/shared/ipc/args-problem'

/** The args worker, run in this process: what it is sent is copied, as postMessage would. */
class InProcessWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null
  onerror: unknown = null
  postMessage(m: { id: number; channel: string; args: unknown }): void {
    const { id, channel, args } = structuredClone(m)
    setTimeout(() => this.onmessage?.({ data: { id, problem: argsProblemOf(channel, args) } }))
  }
  terminate(): void {}
}
;(globalThis as { Worker?: unknown }).Worker = InProcessWorker

const store = new Map<string, string>()
beforeEach(() => {
  store.clear()
  ;(globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  }
})

describe('browser trusted keys', () => {
  it('adds, persists, refuses duplicates and bad arguments, and removes', async () => {
    const keys = createBrowserKeys()
    const { publicKey, keyId } = await generateKeyPair()
    const added = await keys.add({ publisherId: 'acme', name: '甲方', publicKey })
    expect(added.ok && added.data.map((k) => k.keyId)).toEqual([expect.any(String), keyId])
    expect(JSON.parse(store.get('policy-desk:trusted-keys')!)).toEqual([{ publisherId: 'acme', name: '甲方', publicKey }])
    expect(await browserTrustedKeys()).toEqual([...BUILT_IN_KEYS, { publisherId: 'acme', name: '甲方', publicKey }])
    expect(await keys.add({ publisherId: 'acme', name: '又一次', publicKey })).toMatchObject({ ok: false, error: { code: 'bad_args', message: expect.stringMatching(/already trusted/) } })
    expect(await keys.add({ publisherId: 'acme', name: 'x', publicKey: 'abc' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/publicKey: /) } })
    const listed = await keys.list()
    const builtIn = listed.ok ? listed.data[0]!.keyId : ''
    expect(await keys.remove({ keyId: builtIn })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/built-in/) } })
    expect(await keys.remove({ keyId })).toMatchObject({ ok: true, data: [expect.objectContaining({ builtIn: true })] })
    expect(JSON.parse(store.get('policy-desk:trusted-keys')!)).toEqual([])
  })

  it('reads a corrupt or tampered entry as no user keys', async () => {
    store.set('policy-desk:trusted-keys', '{not json')
    expect(await browserTrustedKeys()).toEqual([...BUILT_IN_KEYS])
    store.set('policy-desk:trusted-keys', JSON.stringify([{ publisherId: 'acme', name: 'x', publicKey: 'AAAA' }]))
    const list = await createBrowserKeys().list()
    expect(list.ok && list.data.length).toBe(1)
  })
})
