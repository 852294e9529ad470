// Subscriptions in main over real temp folders: the config file (atomic write, a corrupt file
// reset with a warning), and the inbox watcher (a dropped file → one offer; a half-written file
// only once stable; dismissed and already-imported bundles not offered; a notification).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emptyConfig, loadConfig, saveConfig } from '../../../src/main/subscriptions/config-store'
import { InboxWatcher } from '../../../src/main/subscriptions/inbox'
import { SubscriptionsService } from '../../../src/main/subscriptions/service'
import type { SubscriptionsState } from '@shared/subscriptions'

let dir = ''
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'pd-subs-'))))
afterEach(async () => rm(dir, { recursive: true, force: true }))
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms))
async function until(cond: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting')
    await sleep(25)
  }
}
const bundleText = (digest: string) => JSON.stringify({ format: 'policy-desk-bundle', digest: { algorithm: 'sha-256', value: digest } })
const D1 = '1'.repeat(64)
const D2 = '2'.repeat(64)

describe('subscriptions config file', () => {
  it('saves atomically (no temp file left) and loads back; a missing file is empty', async () => {
    const path = join(dir, 'sub', 'subscriptions.json')
    expect(await loadConfig(path)).toEqual({ config: emptyConfig(), warning: null })
    const config = { ...emptyConfig(), inbox: '/data/inbox', feeds: [{ id: 'f1', address: 'https://x.org/i.json', addedAt: '2026-11-28T00:00:00.000Z' }], dismissed: [D1] }
    await saveConfig(path, config)
    expect(await readdir(join(dir, 'sub'))).toEqual(['subscriptions.json'])
    expect(await loadConfig(path)).toEqual({ config, warning: null })
  })

  it('a corrupt file is reset with a warning and kept aside; never throws', async () => {
    const path = join(dir, 'subscriptions.json')
    for (const bad of ['{"version":1,"inbox":', JSON.stringify({ version: 1, inbox: 5, feeds: [], dismissed: [] })]) {
      await writeFile(path, bad)
      const r = await loadConfig(path)
      expect(r.config).toEqual(emptyConfig())
      expect(r.warning).toMatch(/已重置 \/ .*reset/)
      expect(await readFile(`${path}.corrupt`, 'utf8')).toBe(bad)
    }
  })

  it('refuses to write a config that breaks its own schema, leaving the old file', async () => {
    const path = join(dir, 'subscriptions.json')
    await saveConfig(path, emptyConfig())
    await expect(saveConfig(path, { ...emptyConfig(), inbox: '' })).rejects.toThrow()
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(emptyConfig())
  })
})

describe('inbox watcher', () => {
  let watcher: InboxWatcher | null = null
  afterEach(() => watcher?.stop())

  it('a dropped bundle file becomes one offer with its digest; other files are ignored', async () => {
    let changes = 0
    watcher = new InboxWatcher({ folder: dir, stableMs: 200, rescanMs: 60_000, onChange: () => changes++ })
    await watcher.start()
    await writeFile(join(dir, 'notes.txt'), 'ignore me')
    await writeFile(join(dir, 'update-2.json'), bundleText(D1))
    await until(() => watcher!.offers().length > 0)
    await sleep(400)
    expect(watcher.offers()).toMatchObject([{ source: 'inbox', name: 'update-2.json', address: 'update-2.json', digest: D1 }])
    expect(changes).toBe(1)
    expect(watcher.pathOf(watcher.offers()[0]!)).toBe(join(dir, 'update-2.json'))
  })

  it('a half-written file is not offered until its size is stable', { timeout: 15_000 }, async () => {
    watcher = new InboxWatcher({ folder: dir, stableMs: 2000, rescanMs: 60_000, onChange: () => undefined })
    await watcher.start()
    const text = bundleText(D2)
    await writeFile(join(dir, 'big.json'), text.slice(0, 10))
    for (let i = 10; i < text.length; i += 25) {
      await sleep(150)
      await watcher.scan()
      expect(watcher.offers(), `offered while still being written (${i} bytes)`).toEqual([])
      await appendFile(join(dir, 'big.json'), text.slice(i, i + 25))
    }
    await until(() => watcher!.offers().length === 1)
    expect(watcher.offers()[0]).toMatchObject({ size: text.length, digest: D2 })
  })

  it('finds files on start and by rescan (no watch events needed), and forgets removed files', async () => {
    await writeFile(join(dir, 'a.json.gz'), 'not really gzip')
    watcher = new InboxWatcher({ folder: dir, stableMs: 0, rescanMs: 60_000, onChange: () => undefined })
    await watcher.start()
    await watcher.scan()
    expect(watcher.offers().map((o) => [o.name, o.digest])).toEqual([['a.json.gz', undefined]])
    await rm(join(dir, 'a.json.gz'))
    await watcher.scan()
    expect(watcher.offers()).toEqual([])
  })
})

describe('subscriptions service with an inbox', () => {
  it('offers new bundles once with a notification; imported or dismissed ones are not offered', async () => {
    const inbox = join(dir, 'inbox')
    await (await import('node:fs/promises')).mkdir(inbox)
    const notes: string[] = []
    const pushed: SubscriptionsState[] = []
    const svc = new SubscriptionsService({ configPath: join(dir, 'subscriptions.json'), notify: (t, b) => notes.push(`${t}|${b}`), push: (s) => pushed.push(s), stableMs: 100, knownWaitMs: 10 })
    await svc.start()
    await svc.setKnown([D1])
    await svc.setInbox(inbox)
    await writeFile(join(inbox, 'imported.json'), bundleText(D1))
    await writeFile(join(inbox, 'new.json'), bundleText(D2))
    await writeFile(join(inbox, 'other.zip'), 'zip?')
    await until(() => svc.state().offers.length === 2)
    await svc.checkNow()
    expect(svc.state().offers.map((o) => o.name).sort()).toEqual(['new.json', 'other.zip'])
    expect(notes.every((n) => n.startsWith('有新的数据包可导入 / New update bundle available|'))).toBe(true)
    expect(notes.join()).toMatch(/new\.json/)
    expect(notes.join()).not.toMatch(/imported\.json/)
    expect(pushed.at(-1)!.offers).toHaveLength(2)
    const count = notes.length
    const other = svc.state().offers.find((o) => o.name === 'other.zip')!
    await svc.dismiss(other.id)
    const newOne = svc.state().offers[0]!
    expect(svc.state().offers.map((o) => o.name)).toEqual(['new.json'])
    const opened = await svc.open(newOne.id)
    expect(opened).toMatchObject({ name: 'new.json', format: 'bundle', text: bundleText(D2) })
    // a restart keeps the dismissal, and imports made since hide the rest
    svc.stop()
    const again = new SubscriptionsService({ configPath: join(dir, 'subscriptions.json'), notify: (t, b) => notes.push(`${t}|${b}`), push: () => undefined, stableMs: 0, knownWaitMs: 10 })
    await again.setKnown([D1, D2])
    await again.start()
    await again.checkNow()
    expect(again.state()).toMatchObject({ inbox, offers: [] })
    expect(notes.length).toBe(count)
    again.stop()
    expect(JSON.parse(await readFile(join(dir, 'subscriptions.json'), 'utf8')).dismissed).toEqual(['inbox:other.zip:4'])
  })

  it('a missing inbox folder is reported on the state, not thrown', async () => {
    const svc = new SubscriptionsService({ configPath: join(dir, 's.json'), notify: () => undefined, push: () => undefined, knownWaitMs: 0 })
    await svc.start()
    await svc.setInbox(join(dir, 'missing'))
    expect(svc.state().inboxError).toMatch(/cannot be read: ENOENT/)
    svc.stop()
  })
})
