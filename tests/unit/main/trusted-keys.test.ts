// Trusted publisher keys live in a settings file in userData: written atomically, read with
// validation (a corrupt file never crashes the app), managed through keys:* IPC methods, and
// used by imports:openFile to say whether a signed bundle comes from a trusted publisher.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMainInvokeEvent } from 'electron'
import { createSettingsStore } from '../../../src/main/settings-store'
import { createKeyHandlers } from '../../../src/main/ipc/handlers-keys'
import { createHandlers } from '../../../src/main/ipc/handlers'
import { invokeHandler, type Handlers } from '../../../src/main/ipc/register'
import { generateKeyPair, signBundle } from '../../../src/shared/bundle/signature'
import { base64ToBytes } from '../../../src/shared/bundle/base64'
import { BUILT_IN_KEYS } from '../../../src/shared/bundle/trusted-keys'
import { trustedKeyListSchema } from '../../../src/shared/bundle/trusted-key-schema'
import { BrowserWindow, app, dialog } from '../../mocks/electron'

let dir = ''
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pd-keys-'))
  Object.assign(app, { getPath: () => dir })
})
afterEach(async () => rm(dir, { recursive: true, force: true }))

const win = new BrowserWindow()
const event = { sender: win.webContents, senderFrame: win.webContents.mainFrame } as unknown as IpcMainInvokeEvent

describe('settings store', () => {
  it('writes atomically and reads back what it wrote, leaving no temp files', async () => {
    const store = createSettingsStore(() => dir)
    const { publicKey } = await generateKeyPair()
    await store.update((s) => ({ ...s, trustedKeys: [{ publisherId: 'acme', name: '甲方', publicKey }] }))
    expect((await store.read()).trustedKeys).toEqual([{ publisherId: 'acme', name: '甲方', publicKey }])
    expect(await readdir(dir)).toEqual(['settings.json'])
  })

  it('reads a corrupt file as defaults, sets it aside, and drops only the invalid keys of a valid one', async () => {
    await writeFile(join(dir, 'settings.json'), '{"trustedKeys": [')
    const store = createSettingsStore(() => dir)
    expect(await store.read()).toEqual({ trustedKeys: [] })
    expect((await readdir(dir)).sort()).toEqual(['settings.json.corrupt'])
    const { publicKey } = await generateKeyPair()
    const good = { publisherId: 'acme', name: '甲方', publicKey }
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ trustedKeys: [good, { publisherId: 'Bad Id', name: 'x', publicKey: 'AAAA' }] }))
    expect((await store.read()).trustedKeys).toEqual([good])
  })
})

describe('keys:* methods', () => {
  const h = createKeyHandlers()
  const call = <C extends 'keys:list' | 'keys:add' | 'keys:remove'>(c: C, args: unknown) => invokeHandler(c, h[c] as Handlers[C], () => true, event, args)

  it('the built-in keys shipped in resources/trusted-keys.json are valid keys', () => {
    expect(BUILT_IN_KEYS.length).toBeGreaterThan(0)
    expect(trustedKeyListSchema.parse(BUILT_IN_KEYS)).toEqual(BUILT_IN_KEYS)
  })

  it('lists the built-in default-data key, which cannot be removed', async () => {
    const res = await call('keys:list', undefined)
    expect(res.ok && res.data).toEqual([expect.objectContaining({ ...BUILT_IN_KEYS[0], builtIn: true, keyId: expect.stringMatching(/^[0-9a-f]{16}$/) })])
    const keyId = res.ok ? res.data[0]!.keyId : ''
    expect(await call('keys:remove', { keyId })).toMatchObject({ ok: false, error: { code: 'bad_args', message: expect.stringMatching(/built-in key cannot be removed/) } })
  })

  it('adds a valid key, refuses bad input naming the field, refuses duplicates, and removes it again', async () => {
    const bad = await call('keys:add', { publisherId: 'acme', name: '甲方', publicKey: btoa('too short') })
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_args', message: expect.stringMatching(/publicKey: .*32 bytes \(got 9\)/) } })
    const badId = await call('keys:add', { publisherId: 'ACME Inc', name: '甲方', publicKey: 'x' })
    expect(badId.ok || badId.error.message).toMatch(/publisherId: .*only a-z/)
    const { publicKey, keyId } = await generateKeyPair()
    const added = await call('keys:add', { publisherId: 'acme', name: '甲方数据', publicKey })
    expect(added.ok && added.data.map((k) => [k.keyId, k.builtIn])).toEqual([[expect.any(String), true], [keyId, false]])
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).trustedKeys).toEqual([{ publisherId: 'acme', name: '甲方数据', publicKey }])
    expect(await call('keys:add', { publisherId: 'other', name: '乙', publicKey })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/already trusted \(甲方数据\)/) } })
    const removed = await call('keys:remove', { keyId })
    expect(removed.ok && removed.data.length).toBe(1)
  })

  it('imports:openFile reports a signed bundle as unknown_key until its key is trusted', async () => {
    const pair = await generateKeyPair()
    const bundle = { format: 'policy-desk-bundle', formatVersion: 1, publisher: { id: 'acme', name: '甲方' }, createdAt: '2026-01-01T00:00:00Z', sequence: 2, records: {} }
    const path = join(dir, 'update.json')
    await writeFile(path, JSON.stringify(await signBundle(bundle, base64ToBytes(pair.privateKey)!)))
    dialog.nextOpen = { canceled: false, filePaths: [path] }
    const handlers = createHandlers({ setLocale: () => undefined })
    const open = () => invokeHandler('imports:openFile', handlers['imports:openFile'], () => true, event, undefined)
    const before = await open()
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(win, expect.objectContaining({
      filters: [expect.objectContaining({ extensions: ['json', 'gz', 'zip', 'csv', 'xlsx'] })],
    }))
    expect(before.ok && before.data?.verification).toMatchObject({ status: 'unknown_key', keyId: pair.keyId, publisherId: 'acme', publisherName: '甲方' })
    await call('keys:add', { publisherId: 'acme', name: '甲方数据', publicKey: pair.publicKey })
    const after = await open()
    expect(after.ok && after.data?.verification).toMatchObject({ status: 'trusted', keyId: pair.keyId, trustedName: '甲方数据' })
  })
})
